#include "model/Templates.h"
#include "widgets/ExportController.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sky;
using Kind = ExportController::Kind;

/// File → Export writes what `skyforge export` writes, and nothing on failure.
class TestExport : public QObject {
    Q_OBJECT
private slots:
    void everyKindWrites_data();
    void everyKindWrites();
    void failureWritesNothing();
};

void TestExport::everyKindWrites_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expectedFile");
    QTest::newRow("png") << int(Kind::Png) << "d.png" << "d.png";
    QTest::newRow("svg") << int(Kind::Svg) << "d.svg" << "d.svg";
    QTest::newRow("docs") << int(Kind::Docs) << "docs" << "docs/architecture.md";
    QTest::newRow("docs es") << int(Kind::DocsSpanish) << "docs" << "docs/architecture.md";
    QTest::newRow("terraform") << int(Kind::Terraform) << "tf" << "tf/versions.tf";
    QTest::newRow("workflow") << int(Kind::GithubActions) << "deploy.yml" << "deploy.yml";
}

void TestExport::everyKindWrites()
{
    QFETCH(int, kind);
    QFETCH(QString, target);
    QFETCH(QString, expectedFile);
    const LoadResult loaded = Templates::load(QStringLiteral("web-app-ecs"));
    QVERIFY(loaded.ok());
    QTemporaryDir dir;
    const QString error = ExportController::exportTo(Kind(kind), *loaded.design, dir.filePath(target));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile file(dir.filePath(expectedFile));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 100);
    if (Kind(kind) == Kind::DocsSpanish)
        QVERIFY(file.readAll().contains("Postura de seguridad"));
}

void TestExport::failureWritesNothing()
{
    const LoadResult loaded = Templates::load(QStringLiteral("static-site"));
    QVERIFY(loaded.ok());
    QTemporaryDir dir;
    const QString error = ExportController::exportTo(Kind::GithubActions, *loaded.design, dir.filePath(QStringLiteral("deploy.yml")));
    QVERIFY(!error.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
