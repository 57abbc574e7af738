#include "filedialogs.h"

#include <QList>

namespace PartnerDesk {

namespace {

// Only tests set these, from the GUI thread, as the dialogs are only ever opened there.
QList<FileDialogs::Answer> &queued()
{
    static QList<FileDialogs::Answer> answers;
    return answers;
}

FileDialogs::Answerer &answerer()
{
    static FileDialogs::Answerer answerer;
    return answerer;
}

} // namespace

FileDialogs::Answer FileDialogs::ask(QWidget *parent, const Question &question, QFileDialog::Options options)
{
    Answer answer;
    if (answerer() || !queued().isEmpty()) {
        answer = answerer() ? answerer()(question) : queued().takeFirst();
        answer.paths.removeAll(QString());
        return answer;
    }
    answer.selectedFilter = question.selectedFilter;
    QString *selected = &answer.selectedFilter;
    switch (question.kind) {
    case Kind::Open:
        answer.paths.append(QFileDialog::getOpenFileName(parent, question.caption, question.suggested, question.filter,
                                                         selected, options));
        break;
    case Kind::OpenMany:
        answer.paths = QFileDialog::getOpenFileNames(parent, question.caption, question.suggested, question.filter,
                                                     selected, options);
        break;
    case Kind::Save:
        answer.paths.append(QFileDialog::getSaveFileName(parent, question.caption, question.suggested, question.filter,
                                                         selected, options));
        break;
    }
    answer.paths.removeAll(QString());
    return answer;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter,
                                  QString *selectedFilter, QFileDialog::Options options)
{
    const Answer answer =
        ask(parent, {Kind::Open, caption, folder, filter, selectedFilter ? *selectedFilter : QString()}, options);
    if (selectedFilter && !answer.paths.isEmpty() && !answer.selectedFilter.isEmpty())
        *selectedFilter = answer.selectedFilter;
    return answer.paths.value(0);
}

QStringList FileDialogs::openFileNames(QWidget *parent, const QString &caption, const QString &folder,
                                       const QString &filter, QString *selectedFilter, QFileDialog::Options options)
{
    const Answer answer =
        ask(parent, {Kind::OpenMany, caption, folder, filter, selectedFilter ? *selectedFilter : QString()}, options);
    if (selectedFilter && !answer.paths.isEmpty() && !answer.selectedFilter.isEmpty())
        *selectedFilter = answer.selectedFilter;
    return answer.paths;
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter, QString *selectedFilter, QFileDialog::Options options)
{
    const Answer answer =
        ask(parent, {Kind::Save, caption, suggested, filter, selectedFilter ? *selectedFilter : QString()}, options);
    if (selectedFilter && !answer.paths.isEmpty() && !answer.selectedFilter.isEmpty())
        *selectedFilter = answer.selectedFilter;
    return answer.paths.value(0);
}

void FileDialogs::answerNext(const Answer &answer)
{
    queued().append(answer);
}

void FileDialogs::setAnswerer(Answerer function)
{
    answerer() = std::move(function);
}

qsizetype FileDialogs::unusedAnswers()
{
    return queued().size();
}

void FileDialogs::reset()
{
    queued().clear();
    answerer() = nullptr;
}

} // namespace PartnerDesk
