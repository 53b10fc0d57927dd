#include "model/Document.h"
#include "model/Templates.h"
#include "model/cost/CostOptimiser.h"
#include "widgets/CostDock.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace sky;

class TestCostDock : public QObject {
    Q_OBJECT
private slots:
    void showsEstimateAndFollowsEdits();
    void appliesCheckedAsOneUndoStep();
    void screenshot();
};

namespace {
Design webApp()
{
    LoadResult r = Templates::load(QStringLiteral("web-app-ecs"));
    return std::move(*r.design);
}
} // namespace

void TestCostDock::showsEstimateAndFollowsEdits()
{
    Document doc;
    doc.reset(webApp());
    CostDock dock(&doc);
    auto* total = dock.findChild<QLabel*>(QStringLiteral("costTotal"));
    QVERIFY(total);
    const QString expected = CostEstimator::money(CostEstimator::estimate(doc.design(), doc.catalog()).total);
    QVERIFY2(total->text().startsWith(expected), qPrintable(total->text()));
    // An edit shows after the debounce, without an explicit refresh.
    QVERIFY(doc.setValue(Target::Component, QStringLiteral("api"), QStringLiteral("properties.min_tasks"), 4));
    const QString after = CostEstimator::money(CostEstimator::estimate(doc.design(), doc.catalog()).total);
    QVERIFY(after != expected);
    QTRY_VERIFY_WITH_TIMEOUT(total->text().startsWith(after), 3000);
}

void TestCostDock::appliesCheckedAsOneUndoStep()
{
    Document doc;
    doc.reset(webApp());
    const Design before = doc.design();
    CostDock dock(&doc);
    auto* list = dock.findChild<QListWidget*>(QStringLiteral("costOptimisations"));
    auto* apply = dock.findChild<QPushButton*>(QStringLiteral("costApply"));
    QVERIFY(list && apply);
    const auto suggestions = CostOptimiser::suggest(doc.design(), doc.catalog());
    QCOMPARE(list->count(), int(suggestions.size()));
    QVERIFY(!apply->isEnabled());
    // Tick Spot and ARM64 (design edits) and the Savings Plan (advice: nothing to edit).
    int ticked = 0;
    for (int i = 0; i < list->count(); ++i) {
        const QString id = list->item(i)->data(Qt::UserRole).toString();
        if (id.startsWith(QLatin1String("fargate_spot:")) || id.startsWith(QLatin1String("arm64:")) || id.startsWith(QLatin1String("savings_plan:"))) {
            list->item(i)->setCheckState(Qt::Checked);
            ++ticked;
        }
    }
    QCOMPARE(ticked, 3);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.value(Target::Component, QStringLiteral("api"), QStringLiteral("properties.spot_percent")) == Json(50));
    QVERIFY(doc.value(Target::Component, QStringLiteral("api"), QStringLiteral("properties.cpu_architecture")) == Json("ARM64"));
    doc.undoStack()->undo();
    QVERIFY(doc.design() == before);
}

void TestCostDock::screenshot()
{
    // Renders the dock offscreen for a person to look at (and for the docs): build/tests/costdock.png.
    Document doc;
    doc.reset(webApp());
    CostDock dock(&doc);
    dock.resize(520, 1280);
    auto* list = dock.findChild<QListWidget*>(QStringLiteral("costOptimisations"));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString().startsWith(QLatin1String("fargate_spot:")))
            list->item(i)->setCheckState(Qt::Checked);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/costdock.png");
    QVERIFY(dock.grab().save(path));
    qInfo("Cost dock rendered to %s", qPrintable(path));
}

QTEST_MAIN(TestCostDock)
#include "tst_costdock.moc"
