#pragma once

#include "store/domainstore.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace PartnerDesk {

class Database;
class DomainListModel;
class DomainVerifier;
class TableProxyModel;
struct DomainVerification;

// The partner's websites for direct links (DESIGN.md, "Direct link"): register a domain, see its
// token and the three ways to publish it (meta tag, token file, DNS TXT), each with a Copy button,
// and "Verify now", which checks over the network without blocking the window and records the
// outcome in the store. A site whose re-check failed (lapsing) or that lapsed says so in a sentence
// with what to do. On a partner's own desktop (DomainStore::isPartnerDesktop) the check is a
// preview: nothing of the verification is written; it files a request that a manager's desktop
// answers with the check that counts, and the token shows once the central database issued it.
class DirectLinksWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectLinksWidget)

public:
    explicit DirectLinksWidget(Database &database, QWidget *parent = nullptr);
    ~DirectLinksWidget() override;

    // The partner whose package is shown; none: nothing to show. Re-reads the store either way.
    void setPartner(const std::optional<Affiliate> &partner);

    // Called on every verifier before it starts (tests point it at a server on loopback).
    void setVerifierSetup(std::function<void(DomainVerifier &)> setup) { m_verifierSetup = std::move(setup); }

Q_SIGNALS:
    // The partner's books changed (a domain was verified or checked).
    void changed();

private:
    void addDomain();
    void showSelectedDomain();
    void selectDomain(const QString &domain);
    const DomainRecord *selectedDomain() const;
    void verify();
    void verified(qint64 affiliateId, const QString &domain, const DomainVerification &result);
    void previewed(qint64 affiliateId, qint64 domainId, const QString &domain, const DomainVerification &result);
    void copy(const QString &text, const QString &what);

    Database &m_database;
    std::optional<Affiliate> m_partner;
    bool m_preview = false; // a partner's desktop: checks are previews and requests
    std::function<void(DomainVerifier &)> m_verifierSetup;
    QPointer<DomainVerifier> m_verifier;

    QLabel *m_partnerHint = nullptr;
    QLineEdit *m_domainEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    DomainListModel *m_domains = nullptr;
    TableProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_adviceLabel = nullptr; // what to do about a lapsing or lapsed site
    QGroupBox *m_publishBox = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLineEdit *m_metaTagEdit = nullptr;
    QLineEdit *m_wellKnownEdit = nullptr;
    QLineEdit *m_dnsTxtEdit = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPlainTextEdit *m_findingsEdit = nullptr;
    QLabel *m_copiedLabel = nullptr;
};

} // namespace PartnerDesk
