// Must not compile: core links Qt Core only, so Qt Sql is not on its include path.
#include <QSqlQuery>
