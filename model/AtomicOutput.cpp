#include "model/AtomicOutput.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace sky::AtomicOutput {

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = path + QStringLiteral(": cannot write (%1)").arg(why);
        return false;
    };
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("it is a folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool writeDirectory(const QString& dir, const QMap<QString, QByteArray>& files, QString* error)
{
    const QFileInfo target(dir);
    if (target.exists() && !target.isDir()) {
        if (error)
            *error = dir + QStringLiteral(": cannot write (it is a file, not a folder)");
        return false;
    }
    if (target.exists()) {
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString path = QDir(dir).filePath(it.key());
            if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !writeFile(path, it.value(), error))
                return false;
        }
        return true;
    }
    const QString staging = target.absolutePath() + QStringLiteral("/.")
        + target.fileName() + QStringLiteral(".tmp-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const auto cleanUp = [&] { QDir(staging).removeRecursively(); };
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = QDir(staging).filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            if (error)
                *error = dir + QStringLiteral(": cannot create the folder");
            cleanUp();
            return false;
        }
        if (!writeFile(path, it.value(), error)) {
            cleanUp();
            return false;
        }
    }
    if (files.isEmpty())
        QDir().mkpath(staging);
    if (!QDir().rename(staging, dir)) {
        if (error)
            *error = dir + QStringLiteral(": cannot create the folder");
        cleanUp();
        return false;
    }
    return true;
}

} // namespace sky::AtomicOutput
