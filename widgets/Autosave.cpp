#include "widgets/Autosave.h"

#include "model/AtomicOutput.h"
#include "model/DesignReader.h"
#include "model/DesignWriter.h"
#include "model/Document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace sky {

Autosave::Autosave(Document* document, const QString& folder, QObject* parent)
    : QObject(parent), m_document(document),
      m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder),
      m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { writeNow(); });
    m_timer->start();
    // A saved (clean) design needs no recovery.
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discard();
    });
}

QString Autosave::recoveryPath() const { return QDir(m_folder).filePath(QStringLiteral("recovery.skyforge")); }
QString Autosave::notePath() const { return QDir(m_folder).filePath(QStringLiteral("recovery.source")); }

void Autosave::setInterval(int ms) { m_timer->setInterval(ms); }

bool Autosave::writeNow(QString* error)
{
    if (!m_document->isModified())
        return false;
    QDir().mkpath(m_folder);
    // The note first: a recovery file is never found without knowing where it came from.
    return AtomicOutput::writeFile(notePath(), m_document->filePath().toUtf8(), error)
        && AtomicOutput::writeFile(recoveryPath(), DesignWriter::toBytes(m_document->design()), error);
}

void Autosave::discard()
{
    QFile::remove(recoveryPath());
    QFile::remove(notePath());
}

bool Autosave::hasRecovery() const { return QFileInfo::exists(recoveryPath()); }

QString Autosave::recoveredFrom() const
{
    QFile note(notePath());
    return note.open(QIODevice::ReadOnly) ? QString::fromUtf8(note.readAll()) : QString();
}

bool Autosave::offerRestore(const std::function<bool(const QString&, const QString&)>& ask, QString* error)
{
    if (!hasRecovery())
        return false;
    const QString from = recoveredFrom();
    const QString when = QLocale().toString(QFileInfo(recoveryPath()).lastModified(), QLocale::ShortFormat);
    if (!ask(from, when)) {
        discard();
        return false;
    }
    LoadResult loaded = DesignReader::readFile(recoveryPath());
    if (!loaded.ok()) {
        if (error)
            *error = loaded.error;
        return false;
    }
    m_document->reset(std::move(*loaded.design), from);
    m_document->undoStack()->resetClean(); // restored work is unsaved work
    writeNow(); // resetting the document discarded the file: keep it until the work is saved
    return true;
}

} // namespace sky
