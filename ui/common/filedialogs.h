#pragma once

#include <QFileDialog>
#include <QString>
#include <QStringList>
#include <functional>

namespace PartnerDesk {

// Every question the app asks about a file to open or save goes through here; ui/ never calls
// QFileDialog's statics itself. A test answers the questions instead of driving a modal, maybe
// native dialog: it queues answers (answerNext) or sets one function that answers each
// (setAnswerer), as keepassxc's fileDialog()->setNextFileName(...) does. With neither, the
// user is asked with the real dialog.
class FileDialogs final
{
public:
    enum class Kind
    {
        Open,
        OpenMany,
        Save
    };

    // What the app asks: a test may check the caption, the suggested folder or file and the filters.
    struct Question
    {
        Kind kind = Kind::Open;
        QString caption;
        QString suggested; // a folder, or a folder and file name
        QString filter;    // ";;" between the filters
        QString selectedFilter;
    };

    // The files chosen (none: the user cancelled) and, if not empty, the filter chosen with them.
    struct Answer
    {
        QStringList paths;
        QString selectedFilter;
    };
    using Answerer = std::function<Answer(const Question &)>;

    // QFileDialog::getOpenFileName, getOpenFileNames and getSaveFileName, answerable by tests.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter,
                                QString *selectedFilter = nullptr, QFileDialog::Options options = {});
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &folder,
                                     const QString &filter, QString *selectedFilter = nullptr,
                                     QFileDialog::Options options = {});
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter, QString *selectedFilter = nullptr,
                                QFileDialog::Options options = {});

    // For tests. The next question not answered by an answerer gets `answer`, in the order queued.
    static void answerNext(const Answer &answer);
    static void answerNext(const QString &path) { answerNext(Answer{{path}, {}}); }
    // Answers every question until reset(); it comes before the queue.
    static void setAnswerer(Answerer answerer);
    // How many queued answers no question has taken yet.
    static qsizetype unusedAnswers();
    // No answerer, no queue: the real dialogs ask again.
    static void reset();

private:
    static Answer ask(QWidget *parent, const Question &question, QFileDialog::Options options);
};

} // namespace PartnerDesk
