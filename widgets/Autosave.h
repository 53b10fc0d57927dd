#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QTimer;

namespace sky {

class Document;

/// Every interval (30 s) a modified design is written to a recovery file in `folder`
/// (atomically, beside a note of the file it came from). Saving or closing cleanly
/// removes it; a recovery file found at start means the last session did not end well.
class Autosave : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 30'000;

    /// `folder` empty = QStandardPaths::AppDataLocation.
    Autosave(Document* document, const QString& folder = {}, QObject* parent = nullptr);

    QString recoveryPath() const;
    QString folder() const { return m_folder; }
    void setInterval(int ms);

    /// Writes the recovery file now if the design has unsaved changes.
    bool writeNow(QString* error = nullptr);
    /// Removes the recovery file (after a save or a clean exit).
    void discard();

    bool hasRecovery() const;
    /// The path of the file the recovered design came from (empty = never saved).
    QString recoveredFrom() const;
    /// If a recovery file exists, asks (`ask(original path, time written)`) and on yes loads
    /// it into the document as modified; on no removes it. Returns true when restored.
    bool offerRestore(const std::function<bool(const QString& from, const QString& when)>& ask, QString* error = nullptr);

private:
    QString notePath() const;

    Document* m_document;
    QString m_folder;
    QTimer* m_timer;
};

} // namespace sky
