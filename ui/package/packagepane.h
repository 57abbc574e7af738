#pragma once

#include "core/records.h"
#include "pane.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTimer;

namespace PartnerDesk {

class BannerGalleryWidget;
class DirectLinksWidget;
class LinkBuilderWidget;
class MyProgramsWidget;

// The Partner Package: what one partner publishes (his tracked links, banners and their HTML
// snippets, coupon codes), as he sees it or a manager looking over his shoulder. The partner is
// chosen at the top; every tab shows only his things.
class PackagePane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackagePane)

public:
    PackagePane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    // Partner mode: the pane shows `partner` only; there is no chooser, and no request or call
    // can show another partner.
    PackagePane(Database &database, QUndoStack *undoStack, const Affiliate &partner, QWidget *parent = nullptr);
    ~PackagePane() override;

    void reload() override;
    // {"affiliate": code} shows that partner's package (ignored in partner mode); {"tab": id}
    // shows that tab (programs, links, banners, direct).
    void open(const QVariantMap &request) override;

    std::optional<Affiliate> partner() const { return m_partner; }
    // Shows the partner with this code; false when there is none (or, in partner mode, when it is
    // not the window's partner).
    bool setPartner(const QString &code);
    bool isLocked() const { return m_locked; }

private:
    void createWidgets(Database &database);
    void searchPartners();
    void showPartner();
    void choosePartner(int index);

    QLineEdit *m_search = nullptr;
    QComboBox *m_partners = nullptr;
    QLabel *m_heading = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTimer *m_searchDelay = nullptr;
    MyProgramsWidget *m_programs = nullptr;
    LinkBuilderWidget *m_links = nullptr;
    DirectLinksWidget *m_directLinks = nullptr;
    BannerGalleryWidget *m_banners = nullptr;
    std::optional<Affiliate> m_partner;
    bool m_locked = false;
};

} // namespace PartnerDesk
