# Precompiled headers (issue #13, build time): the Qt headers nearly every file includes, parsed
# once per target instead of once per file. PARTNERDESK_PCH=OFF builds without them.
option(PARTNERDESK_PCH "Precompile the common Qt headers" ON)

# The core layer links Qt Core alone: its header set names nothing from Qt Sql.
set(partnerdesk_pch_qtcore
    <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QList> <QRegularExpression> <QString>
    <QStringList> <QUrl> <QVariant> <functional> <memory> <optional>)
set(partnerdesk_pch_core
    <QByteArray> <QDateTime> <QHash> <QList> <QObject> <QSet> <QString> <QStringList> <QUrl>
    <QVariant> <QSqlDatabase> <QSqlError> <QSqlQuery> <functional> <memory> <optional>)
set(partnerdesk_pch_widgets
    ${partnerdesk_pch_core}
    <QAction> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QHeaderView>
    <QLabel> <QLineEdit> <QMenu> <QMessageBox> <QPushButton> <QTableView> <QToolBar> <QVBoxLayout>
    <QWidget>)
set(partnerdesk_pch_tests <QTest> <QSignalSpy> <QTemporaryDir> <QStandardPaths> <QSettings>)
