// Must not compile: the model layers never link Qt Widgets.
#include <QWidget>
