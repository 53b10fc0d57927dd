#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

/// Runs the built `skyforge` binary the way a user or CI would: headless, with no display
/// and no platform chosen, so each command must pick the offscreen platform itself.
namespace skytest {

struct Run {
    int code = -1; ///< -1 when it crashed or timed out
    QString out;
    QString err;
};

inline Run skyforge(const QStringList& args, const QString& workingDir = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(SKYFORGE_BINARY), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace skytest
