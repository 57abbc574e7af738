#include "noticechoicewidget.h"

#include "store/noticesettingsstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace PartnerDesk {

NoticeChoiceWidget::NoticeChoiceWidget(Database &database, QWidget *parent)
    : QGroupBox(tr("E-mail notices"), parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("noticeChoiceBox"));
    m_modeCombo = new QComboBox(this);
    m_modeCombo->setObjectName(QStringLiteral("noticeModeCombo"));
    m_modeCombo->addItem(tr("As the program sends them"), QString());
    m_modeCombo->addItem(tr("For every new transaction"), QStringLiteral("each"));
    m_modeCombo->addItem(tr("A daily digest"), QStringLiteral("digest"));
    m_modeCombo->addItem(tr("None"), QStringLiteral("off"));
    m_modeCombo->setToolTip(tr("E-mails about your new transactions; a decided request and a balance that reached "
                               "the payout threshold are told too, unless you choose none"));
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("noticeLanguageCombo"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Čeština"), QStringLiteral("cs"));
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("noticeChoiceNote"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::PlainText);

    auto *row = new QHBoxLayout;
    auto *send = new QLabel(tr("&Send me:"), this);
    send->setBuddy(m_modeCombo);
    auto *in = new QLabel(tr("&in:"), this);
    in->setBuddy(m_languageCombo);
    row->addWidget(send);
    row->addWidget(m_modeCombo);
    row->addWidget(in);
    row->addWidget(m_languageCombo);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_noteLabel);

    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, &NoticeChoiceWidget::save);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &NoticeChoiceWidget::save);
    setEnabled(false);
}

void NoticeChoiceWidget::showPartner(qint64 affiliateId)
{
    m_affiliateId = affiliateId;
    const std::optional<PartnerNotices> notices =
        affiliateId ? NoticeSettingsStore(m_database).partner(affiliateId) : std::nullopt;
    setEnabled(notices.has_value());
    const QSignalBlocker modeBlocker(m_modeCombo);
    const QSignalBlocker languageBlocker(m_languageCombo);
    m_modeCombo->setCurrentIndex(qMax(0, m_modeCombo->findData(notices ? notices->mode : QString())));
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(notices ? notices->language : QString())));
    m_noteLabel->setText(tr("Sent to your payout e-mail by the store, where it sends e-mail notices."));
}

void NoticeChoiceWidget::save()
{
    if (m_affiliateId == 0)
        return;
    const Status saved = NoticeSettingsStore(m_database)
                             .setPartner(m_affiliateId, m_modeCombo->currentData().toString(),
                                         m_languageCombo->currentData().toString());
    if (!saved) {
        m_noteLabel->setText(saved.error());
        return;
    }
    m_noteLabel->setText(tr("Saved; the store's affiliate manager gets it with your next sync."));
    Q_EMIT statusMessage(
        tr("Your e-mail notices: %1, in %2.").arg(m_modeCombo->currentText(), m_languageCombo->currentText()));
}

} // namespace PartnerDesk
