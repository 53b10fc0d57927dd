#include "IacTools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace IacTools {

namespace {

Result run(const QString& program, const QStringList& args, const QString& workdir = {}, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(env);
    if (!workdir.isEmpty())
        p.setWorkingDirectory(workdir);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {false, -1, program + QStringLiteral(" did not start")};
    p.waitForFinished(180000);
    return {true, p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

QString pluginMirror()
{
    const QString env = qEnvironmentVariable("TF_PLUGIN_DIR");
    if (!env.isEmpty())
        return env;
    // The same search as tools/tfvalidate.
    const Result found = run(QStringLiteral("sh"), {QStringLiteral("-c"),
                             QStringLiteral("find / -maxdepth 5 -type d -path '*/registry.terraform.io/hashicorp/aws' -not -path '/proc/*' 2>/dev/null | head -n 1")});
    const QString aws = found.output.trimmed();
    return aws.isEmpty() ? QString() : QFileInfo(aws).dir().absolutePath().section(QLatin1Char('/'), 0, -3);
}

} // namespace

QString sharedDir()
{
    QStringList candidates{qEnvironmentVariable("SKYFORGE_SHARED_DIR"), QStringLiteral(SKYFORGE_SOURCE_DIR "/../shared"),
                           QStringLiteral(SKYFORGE_SOURCE_DIR "/../../shared")};
    for (const QString& c : candidates)
        if (!c.isEmpty() && QFileInfo::exists(c + QStringLiteral("/tools/tfvalidate")))
            return QDir(c).absolutePath();
    return {};
}

bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

QString writeModule(const QString& root, const QString& name, const QMap<QString, QByteArray>& files)
{
    const QString dir = root + QLatin1Char('/') + name;
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = dir + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(it.value());
    }
    return dir;
}

Result tfvalidate(const QString& dir)
{
    const QString shared = sharedDir();
    if (shared.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("terraform")).isEmpty())
        return {false, -1, QStringLiteral("../shared/tools/tfvalidate or terraform is missing")};
    Result r = run(shared + QStringLiteral("/tools/tfvalidate"), {dir});
    if (r.code == 2)
        r.ran = false; // could not run (no mirror): a missing tool, not an invalid module
    return r;
}

Result tfcheck(const QString& dir)
{
    const QString shared = sharedDir();
    if (shared.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return {false, -1, QStringLiteral("../shared/tools/tfcheck or node is missing")};
    Result r = run(shared + QStringLiteral("/tools/tfcheck/run"), {dir});
    if (r.code == 2)
        r.ran = false;
    return r;
}

Result terraformTest(const QString& dir)
{
    if (QStandardPaths::findExecutable(QStringLiteral("terraform")).isEmpty())
        return {false, -1, QStringLiteral("terraform is missing")};
    const QString mirror = pluginMirror();
    if (mirror.isEmpty())
        return {false, -1, QStringLiteral("no local provider mirror (set TF_PLUGIN_DIR)")};
    QTemporaryDir work;
    const Result copy = run(QStringLiteral("cp"), {QStringLiteral("-r"), dir + QStringLiteral("/."), work.path()});
    if (copy.code != 0)
        return {true, 1, copy.output};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TF_IN_AUTOMATION"), QStringLiteral("1"));
    env.insert(QStringLiteral("CHECKPOINT_DISABLE"), QStringLiteral("1"));
    env.insert(QStringLiteral("TF_CLI_CONFIG_FILE"), QStringLiteral("/dev/null"));
    const Result init = run(QStringLiteral("terraform"), {QStringLiteral("init"), QStringLiteral("-plugin-dir=") + mirror,
                            QStringLiteral("-backend=false"), QStringLiteral("-input=false"), QStringLiteral("-no-color")}, work.path(), env);
    if (init.code != 0)
        return {false, -1, QStringLiteral("terraform init (offline) failed: ") + init.output.right(400)};
    return run(QStringLiteral("terraform"), {QStringLiteral("test"), QStringLiteral("-no-color")}, work.path(), env);
}

} // namespace IacTools
