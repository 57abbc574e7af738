#include "packagepane.h"

#include "bannergallerywidget.h"
#include "directlinkswidget.h"
#include "linkbuilderwidget.h"
#include "myprogramswidget.h"
#include "store/affiliatestore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString partnerKey = QStringLiteral("PackagePane/partner");
constexpr int matchesShown = 50;

} // namespace

PackagePane::PackagePane(Database &database, QUndoStack *undoStack, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_searchDelay(new QTimer(this))
{
    createWidgets(database);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("packagePartnerSearch"));
    m_search->setPlaceholderText(tr("Find a partner by name, code or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_partners = new QComboBox(this);
    m_partners->setObjectName(QStringLiteral("packagePartner"));
    m_partners->setMinimumContentsLength(30);
    m_partners->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &PackagePane::searchPartners);
    connect(m_partners, &QComboBox::currentIndexChanged, this, &PackagePane::choosePartner);

    auto *chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Partner:"), this));
    chooser->addWidget(m_search, 1);
    chooser->addWidget(m_partners, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);

    const QString last = QSettings().value(partnerKey).toString();
    if (!last.isEmpty())
        m_search->setText(last);
    searchPartners();
}

PackagePane::PackagePane(Database &database, QUndoStack *undoStack, const Affiliate &partner, QWidget *parent)
    : Pane(database, undoStack, parent)
    , m_partner(partner)
    , m_locked(true)
{
    // No chooser and no list of partners: nothing of anybody else is ever read into this pane.
    createWidgets(database);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    showPartner();
}

void PackagePane::createWidgets(Database &database)
{
    setObjectName(QStringLiteral("PackagePane"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("packageHeading"));
    m_heading->setTextFormat(Qt::PlainText);

    m_programs = new MyProgramsWidget(database, this);
    m_links = new LinkBuilderWidget(database, this);
    m_banners = new BannerGalleryWidget(database, this);
    m_directLinks = new DirectLinksWidget(database, this);
    // Joining a program or verifying a website changes what the other tabs (and panes) show.
    const auto changed = [this] {
        if (m_locked)
            showPartner();
        else
            choosePartner(m_partners->currentIndex());
        Q_EMIT booksChanged();
    };
    connect(m_programs, &MyProgramsWidget::changed, this, changed);
    connect(m_directLinks, &DirectLinksWidget::changed, this, changed);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("packageTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_programs, tr("&My Programs"));
    m_tabs->addTab(m_links, tr("&Links and Coupons"));
    m_tabs->addTab(m_banners, tr("&Banners"));
    m_tabs->addTab(m_directLinks, tr("&Direct Links"));
}

PackagePane::~PackagePane() = default;

void PackagePane::searchPartners()
{
    const QString wanted = m_partner ? m_partner->code : QString();
    const QList<Affiliate> found = AffiliateStore(database()).list(m_search->text().trimmed(), matchesShown);
    const QSignalBlocker blocker(m_partners);
    m_partners->clear();
    for (const Affiliate &affiliate : found)
        m_partners->addItem(tr("%1 (%2)").arg(affiliate.name, affiliate.code), affiliate.code);
    const int index = qMax(0, m_partners->findData(wanted));
    m_partners->setCurrentIndex(found.isEmpty() ? -1 : index);
    choosePartner(m_partners->currentIndex());
}

void PackagePane::choosePartner(int index)
{
    const QString code = index >= 0 ? m_partners->itemData(index).toString() : QString();
    m_partner = code.isEmpty() ? std::nullopt : AffiliateStore(database()).byCode(code);
    if (m_partner)
        QSettings().setValue(partnerKey, m_partner->code);
    showPartner();
}

void PackagePane::showPartner()
{
    if (m_locked) {
        // Read again: his name or status may have changed.
        if (std::optional<Affiliate> again = AffiliateStore(database()).byId(m_partner->id))
            m_partner = again;
        m_heading->setText(tr("Your Partner Package, %1 (%2)").arg(m_partner->name, m_partner->code));
    } else if (m_partner) {
        m_heading->setText(
            tr("The Partner Package of %1 (%2), %3").arg(m_partner->name, m_partner->code, m_partner->email));
    } else {
        m_heading->setText(tr("Choose a partner to see his Partner Package."));
    }
    m_programs->setPartner(m_partner);
    m_links->setPartner(m_partner);
    m_banners->setPartner(m_partner);
    m_directLinks->setPartner(m_partner);
}

bool PackagePane::setPartner(const QString &code)
{
    if (m_locked)
        return QString::compare(code, m_partner->code, Qt::CaseInsensitive) == 0;
    m_search->setText(code); // the search finds him; the delay is skipped
    m_searchDelay->stop();
    searchPartners();
    const int index = m_partners->findData(code, Qt::UserRole, Qt::MatchFixedString);
    if (index < 0)
        return false;
    m_partners->setCurrentIndex(index);
    return true;
}

void PackagePane::reload()
{
    if (m_locked)
        showPartner();
    else
        searchPartners();
}

void PackagePane::open(const QVariantMap &request)
{
    const QString code = request.value(QStringLiteral("affiliate")).toString();
    if (!code.isEmpty() && !setPartner(code))
        Q_EMIT statusMessage(m_locked ? tr("This window shows only your own Partner Package.")
                                      : tr("No partner has the code %1.").arg(code));
    // {"tab": "programs" | "links" | "banners" | "direct"} brings that tab to the front.
    const QStringList tabs = {QStringLiteral("programs"), QStringLiteral("links"), QStringLiteral("banners"),
                              QStringLiteral("direct")};
    if (const qsizetype tab = tabs.indexOf(request.value(QStringLiteral("tab")).toString()); tab >= 0)
        m_tabs->setCurrentIndex(static_cast<int>(tab));
    // {"url": store URL}: the link builder makes it a tracked link.
    if (const QString url = request.value(QStringLiteral("url")).toString(); !url.isEmpty())
        m_links->setStoreUrl(url);
}

} // namespace PartnerDesk
