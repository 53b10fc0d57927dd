// The Findings dock, offscreen: it lists a fixture's findings, follows edits made through
// the Document, and records a suppression as one undoable edit.
#include "model/DesignReader.h"
#include "model/Document.h"
#include "widgets/FindingsDock.h"

#include <QApplication>
#include <QInputDialog>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sky;

namespace {
const QString kRules = QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/rules/");

void open(Document& document, const QString& path)
{
    LoadResult r = DesignReader::readFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    document.reset(std::move(*r.design), path);
}

QStringList listed(const FindingsDock& dock)
{
    QStringList rows;
    const auto* tree = dock.findChild<QTreeWidget*>();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            rows << group->text(0).section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') + group->child(i)->text(0) + QLatin1Char(' ')
                    + group->child(i)->text(1);
    }
    return rows;
}
} // namespace

class TestFindingsDock : public QObject {
    Q_OBJECT
private slots:
    void listsTheFindingsOfAFixture();
    void followsEditsThroughTheDocument();
    void suppressIsOneUndoableEdit();
    void suppressThroughTheDialog();
    void activationNamesComponentAndPath();
};

void TestFindingsDock::listsTheFindingsOfAFixture()
{
    Document document;
    open(document, kRules + QStringLiteral("SKY-DATA-007/fail.skyforge"));
    FindingsDock dock(&document);
    dock.revalidate();
    QCOMPARE(listed(dock), QStringList({"High SKY-DATA-007 frontend", "High SKY-DATA-007 frontend [c16]", "High SKY-NET-003 users [c16]"}));
    QCOMPARE(dock.worstSeverityByComponent().value(QStringLiteral("frontend")), Severity::High);
    QVERIFY(!dock.worstSeverityByComponent().contains(QStringLiteral("db")));
}

void TestFindingsDock::followsEditsThroughTheDocument()
{
    Document document;
    open(document, kRules + QStringLiteral("SKY-DATA-001/pass.skyforge"));
    FindingsDock dock(&document);
    QSignalSpy changed(&dock, &FindingsDock::findingsChanged);
    QTRY_VERIFY(dock.findings().empty());
    // Turning Multi-AZ off raises SKY-DATA-001 at once (after the short debounce).
    QVERIFY(document.setValue(Target::Component, QStringLiteral("db"), QStringLiteral("properties.multi_az"), false));
    QTRY_COMPARE(listed(dock), QStringList{QStringLiteral("High SKY-DATA-001 db")});
    QVERIFY(changed.count() >= 1);
    QCOMPARE(dock.worstSeverityByComponent().value(QStringLiteral("db")), Severity::High);
    // Connecting the load balancer straight to the database: the critical path finding.
    Connection c{QStringLiteral("c99"), QStringLiteral("alb"), QStringLiteral("db"), QStringLiteral("postgres"), 5432, {}, Json::object()};
    QVERIFY(document.addConnection(c));
    QTRY_VERIFY(listed(dock).contains(QStringLiteral("Critical SKY-NET-001 db [c99]")));
    // The fix applied through the document clears both.
    document.undoStack()->undo();
    document.undoStack()->undo();
    QTRY_VERIFY(dock.findings().empty());
    QCOMPARE(listed(dock), QStringList());
}

void TestFindingsDock::suppressIsOneUndoableEdit()
{
    Document document;
    open(document, kRules + QStringLiteral("SKY-EDGE-003/fail.skyforge"));
    FindingsDock dock(&document);
    dock.revalidate();
    QCOMPARE(dock.findings().size(), size_t(1));
    QVERIFY(!dock.suppress(0, QStringLiteral("   "))); // a reason is required
    const int before = document.undoStack()->count();
    QVERIFY(dock.suppress(0, QStringLiteral("Recreated by CI")));
    QCOMPARE(document.undoStack()->count(), before + 1);
    const Component* alb = document.design().component(QStringLiteral("alb"));
    QCOMPARE(alb->suppressions.size(), size_t(1));
    QCOMPARE(alb->suppressions[0].rule, QStringLiteral("SKY-EDGE-003"));
    QCOMPARE(alb->suppressions[0].reason, QStringLiteral("Recreated by CI"));
    QVERIFY(dock.findings()[0].suppressed);
    QCOMPARE(listed(dock), QStringList{QStringLiteral("Suppressed SKY-EDGE-003 alb")});
    QVERIFY(dock.worstSeverityByComponent().isEmpty());
    QVERIFY(!dock.suppress(0, QStringLiteral("again"))); // already suppressed
    document.undoStack()->undo();
    QVERIFY(document.design().component(QStringLiteral("alb"))->suppressions.empty());
    QTRY_VERIFY(!dock.findings()[0].suppressed);
    document.undoStack()->redo();
    QTRY_VERIFY(dock.findings()[0].suppressed);
}

void TestFindingsDock::suppressThroughTheDialog()
{
    Document document;
    open(document, kRules + QStringLiteral("SKY-EDGE-002/fail.skyforge"));
    FindingsDock dock(&document);
    dock.revalidate();
    auto* tree = dock.findChild<QTreeWidget*>();
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QAction* action = nullptr;
    for (QAction* a : dock.findChildren<QAction*>())
        if (a->text() == QStringLiteral("Suppress…"))
            action = a;
    QVERIFY(action && action->isEnabled());
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Logs go to the shared account"));
        dialog->accept();
    });
    action->trigger();
    QCOMPARE(document.design().component(QStringLiteral("alb"))->suppressions.size(), size_t(1));
    QCOMPARE(document.design().component(QStringLiteral("alb"))->suppressions[0].reason, QStringLiteral("Logs go to the shared account"));
}

void TestFindingsDock::activationNamesComponentAndPath()
{
    Document document;
    open(document, kRules + QStringLiteral("SKY-NET-001/fail.skyforge"));
    FindingsDock dock(&document);
    dock.revalidate();
    QSignalSpy activated(&dock, &FindingsDock::findingActivated);
    auto* tree = dock.findChild<QTreeWidget*>();
    QTreeWidgetItem* item = tree->topLevelItem(0)->child(0);
    emit tree->itemClicked(item, 0);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated[0][0].toString(), QStringLiteral("db"));
    QCOMPARE(activated[0][1].toStringList(), QStringList({"users", "alb", "db"}));
}

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
