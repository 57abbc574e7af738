#pragma once

#include "store/transactionquery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSettings;
class QTimer;

namespace PartnerDesk {

class Database;

// The Transactions pane's filter bar: partner code, program, kind, status, currency, a date range
// whose ends can be "any", and the start of an order id. It says changed() a moment after the
// user stops typing or choosing (at once on Enter or Clear).
class TransactionFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionFilterBar)

public:
    explicit TransactionFilterBar(Database &database, QWidget *parent = nullptr);

    // What the bar says; an unknown partner code gives affiliateId -1, which nothing matches.
    TransactionFilter filter() const;
    QString partnerText() const;
    // Every filter back to "any", then only this partner and/or order, without a changed() signal.
    void reset(const QString &partnerCode = {}, const QString &orderIdPrefix = {});
    // Programs and currencies come from the database; keeps what is chosen.
    void fillChoices();
    // Partner mode: always this partner (the code field is hidden, reset() keeps him).
    void lockToPartner(qint64 affiliateId);
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void changed();

private:
    Database &m_database;
    qint64 m_lockedPartnerId = 0;
    QLineEdit *m_partnerEdit = nullptr;
    QComboBox *m_programCombo = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_currencyCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLineEdit *m_orderEdit = nullptr;
    QPushButton *m_clearButton = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace PartnerDesk
