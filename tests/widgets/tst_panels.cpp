#include "SceneChecks.h"

#include "model/Catalog.h"
#include "model/Document.h"
#include "model/Templates.h"
#include "widgets/ClipboardController.h"
#include "widgets/DesignScene.h"
#include "widgets/DesignView.h"
#include "widgets/EditActions.h"
#include "widgets/MainWindow.h"
#include "widgets/PalettePanel.h"
#include "widgets/PropertyPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sky;
using sky::test::sceneMismatch;

/// The property panel, the palette and the edit actions, driven as a user would, through
/// the real window.
class TestPanels : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void paletteListsEveryTypeAndFilters();
    void paletteDoubleClickPlacesAtViewCentre();
    void checkboxEditIsOneUndoEntry();
    void textEditRefusesInvalidInput();
    void spinAndComboEdits();
    void connectionFieldsEditable();
    void designSettingsWhenNothingSelected();
    void notesTypingIsOneEntry();
    void copyPasteGivesUniqueIdsAndKeepsConnections();
    void cutThenPaste();
    void duplicate();
    void deletingContainerIsOneStepAndAsks();
    void selectAll();

private:
    void select(const QString& id);
    template <class T> T* editor(const QString& key);
    QTemporaryDir* m_recovery = nullptr;
    MainWindow* m_window = nullptr;
    Document* m_doc = nullptr;
};

void TestPanels::init()
{
    m_recovery = new QTemporaryDir;
    m_window = new MainWindow(nullptr, m_recovery->path());
    LoadResult loaded = Templates::load(QStringLiteral("web-app-ecs"));
    QVERIFY(loaded.ok());
    m_window->openDesign(*loaded.design, {});
    m_doc = m_window->document();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestPanels::cleanup()
{
    m_doc->undoStack()->setClean(); // no prompt on close
    delete m_window;
    delete m_recovery;
}

void TestPanels::select(const QString& id) { m_window->scene()->selectIds(id.isEmpty() ? QStringList() : QStringList{id}); }

template <class T> T* TestPanels::editor(const QString& key)
{
    auto* w = qobject_cast<T*>(m_window->properties()->editor(key));
    if (!w)
        qWarning("no editor %s", qPrintable(key));
    return w;
}

void TestPanels::paletteListsEveryTypeAndFilters()
{
    PalettePanel* palette = m_window->palette();
    QCOMPARE(palette->visibleTypes().size(), int(m_doc->catalog().types().size()));
    palette->setFilter(QStringLiteral("postgres"));
    QCOMPARE(palette->visibleTypes(), QStringList{QStringLiteral("rds_postgres")});
    palette->setFilter(QStringLiteral("Networking"));
    QVERIFY(palette->visibleTypes().contains(QStringLiteral("alb")));
    QVERIFY(!palette->visibleTypes().contains(QStringLiteral("rds_postgres")));
    palette->setFilter(QString());
    QCOMPARE(palette->visibleTypes().size(), int(m_doc->catalog().types().size()));
}

void TestPanels::paletteDoubleClickPlacesAtViewCentre()
{
    const size_t before = m_doc->design().components().size();
    m_window->view()->centerOn(QPointF(200, 1000)); // empty canvas below the design: the top level
    emit m_window->palette()->placeRequested(QStringLiteral("cloudwatch"));
    QVERIFY2(m_doc->design().components().size() == before + 1, qPrintable(m_window->scene()->lastStatus()));
    QCOMPARE(m_doc->design().components().back().type, QStringLiteral("cloudwatch"));
}

void TestPanels::checkboxEditIsOneUndoEntry()
{
    select(QStringLiteral("db"));
    QCOMPARE(m_window->properties()->subject(), QStringLiteral("db"));
    auto* multiAz = editor<QCheckBox>(QStringLiteral("properties.multi_az"));
    QVERIFY(multiAz);
    QVERIFY(multiAz->isChecked());
    multiAz->click();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_doc->value(Target::Component, QStringLiteral("db"), QStringLiteral("properties.multi_az")) == Json(false));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->value(Target::Component, QStringLiteral("db"), QStringLiteral("properties.multi_az")) == Json(true));
    QVERIFY(multiAz->isChecked()); // the editor follows the model
    m_doc->undoStack()->redo();
    QVERIFY(!multiAz->isChecked());
}

void TestPanels::textEditRefusesInvalidInput()
{
    select(QStringLiteral("vpc"));
    auto* cidr = editor<QLineEdit>(QStringLiteral("properties.cidr"));
    QVERIFY(cidr);
    cidr->selectAll();
    QTest::keyClicks(cidr, QStringLiteral("10.0.0.0/99"));
    QTest::keyClick(cidr, Qt::Key_Return);
    QVERIFY(m_doc->value(Target::Component, QStringLiteral("vpc"), QStringLiteral("properties.cidr")).is_null());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_window->properties()->message().isEmpty());
    cidr->selectAll();
    QTest::keyClicks(cidr, QStringLiteral("10.1.0.0/16"));
    QTest::keyClick(cidr, Qt::Key_Return);
    QVERIFY(m_doc->value(Target::Component, QStringLiteral("vpc"), QStringLiteral("properties.cidr")) == Json("10.1.0.0/16"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(m_window->properties()->message().isEmpty());

    select(QStringLiteral("dns"));
    auto* domain = editor<QLineEdit>(QStringLiteral("properties.domain"));
    domain->selectAll();
    QTest::keyClicks(domain, QStringLiteral("not a domain!"));
    QTest::keyClick(domain, Qt::Key_Return);
    QVERIFY(m_doc->value(Target::Component, QStringLiteral("dns"), QStringLiteral("properties.domain")) == Json("example.com"));
    QVERIFY(!m_window->properties()->message().isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestPanels::spinAndComboEdits()
{
    select(QStringLiteral("vpc"));
    auto* azs = editor<QSpinBox>(QStringLiteral("properties.az_count"));
    QVERIFY(azs);
    QCOMPARE(azs->maximum(), 6);
    QCOMPARE(azs->minimum(), 1);
    azs->setValue(3);
    QVERIFY(m_doc->value(Target::Component, QStringLiteral("vpc"), QStringLiteral("properties.az_count")) == Json(3));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    select(QStringLiteral("api"));
    auto* cpu = editor<QComboBox>(QStringLiteral("properties.cpu"));
    QVERIFY(cpu);
    QCOMPARE(cpu->count(), 5);
    QCOMPARE(cpu->currentText(), QStringLiteral("512"));
    cpu->setCurrentIndex(cpu->findText(QStringLiteral("1024")));
    emit cpu->activated(cpu->currentIndex());
    QVERIFY(m_doc->value(Target::Component, QStringLiteral("api"), QStringLiteral("properties.cpu")) == Json(1024));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(cpu->currentText(), QStringLiteral("512"));
}

void TestPanels::connectionFieldsEditable()
{
    select(QStringLiteral("c9"));
    auto* protocol = editor<QComboBox>(QStringLiteral("protocol"));
    auto* port = editor<QSpinBox>(QStringLiteral("port"));
    auto* label = editor<QLineEdit>(QStringLiteral("label"));
    QVERIFY(protocol && port && label);
    QCOMPARE(protocol->currentText(), QStringLiteral("http"));
    QCOMPARE(port->value(), 8000);
    port->setValue(8080);
    QVERIFY(m_doc->design().connection(QStringLiteral("c9"))->port == 8080);
    label->setText(QStringLiteral("API traffic"));
    emit label->editingFinished();
    QCOMPARE(m_doc->design().connection(QStringLiteral("c9"))->label, QStringLiteral("API traffic"));
    protocol->setCurrentIndex(protocol->findText(QStringLiteral("tcp")));
    emit protocol->activated(protocol->currentIndex());
    QCOMPARE(m_doc->design().connection(QStringLiteral("c9"))->protocol, QStringLiteral("tcp"));
    QCOMPARE(m_doc->undoStack()->count(), 3);
    port->setValue(0); // tcp needs a port: refused, shown, not stored
    QVERIFY(m_doc->design().connection(QStringLiteral("c9"))->port == 8080);
    QVERIFY(!m_window->properties()->message().isEmpty());
    QCOMPARE(port->value(), 8080);
}

void TestPanels::designSettingsWhenNothingSelected()
{
    select(QString());
    QVERIFY(m_window->properties()->subject().isEmpty());
    auto* region = editor<QComboBox>(QStringLiteral("region"));
    QVERIFY(region);
    QCOMPARE(region->currentData().toString(), QStringLiteral("us-east-1"));
    region->setCurrentIndex(region->findData(QStringLiteral("eu-west-1")));
    emit region->activated(region->currentIndex());
    QCOMPARE(m_doc->design().region, QStringLiteral("eu-west-1"));
    auto* users = editor<QSpinBox>(QStringLiteral("settings.expected_daily_users"));
    users->setValue(5000);
    QVERIFY(m_doc->value(Target::Design, {}, QStringLiteral("settings.expected_daily_users")) == Json(5000));
    auto* domain = editor<QLineEdit>(QStringLiteral("settings.app_domain"));
    domain->selectAll();
    QTest::keyClicks(domain, QStringLiteral("bad domain"));
    QTest::keyClick(domain, Qt::Key_Return);
    QVERIFY(m_doc->value(Target::Design, {}, QStringLiteral("settings.app_domain")) == Json("app.example.com"));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QVERIFY(m_window->windowTitle().contains(QLatin1Char('*')));
}

void TestPanels::notesTypingIsOneEntry()
{
    select(QStringLiteral("alb"));
    auto* notes = editor<QPlainTextEdit>(QStringLiteral("notes"));
    QVERIFY(notes);
    QTest::keyClicks(notes, QStringLiteral("Terminates TLS"));
    QCOMPARE(m_doc->design().component(QStringLiteral("alb"))->notes, QStringLiteral("Terminates TLS"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestPanels::copyPasteGivesUniqueIdsAndKeepsConnections()
{
    DesignScene* scene = m_window->scene();
    const Design before = m_doc->design();
    scene->selectIds({QStringLiteral("alb"), QStringLiteral("api")});
    m_window->editActions()->copy()->trigger();
    QVERIFY(m_window->editActions()->paste()->isEnabled());
    m_window->editActions()->paste()->trigger();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->design().components().size(), before.components().size() + 2);
    const QStringList pasted = scene->selectedComponentIds();
    QCOMPARE(pasted.size(), 2);
    QSet<QString> ids;
    for (const Component& c : m_doc->design().components())
        ids.insert(c.id);
    QCOMPARE(ids.size(), qsizetype(m_doc->design().components().size()));
    const Connection& kept = m_doc->design().connections().back();
    QCOMPARE(kept.from, pasted[0]);
    QCOMPARE(kept.to, pasted[1]);
    QVERIFY(sceneMismatch(*scene).isEmpty());
    m_window->editActions()->paste()->trigger(); // a second paste, a step further, new ids again
    QCOMPARE(m_doc->design().components().size(), before.components().size() + 4);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->design() == before);
    QVERIFY(sceneMismatch(*scene).isEmpty());
}

void TestPanels::cutThenPaste()
{
    DesignScene* scene = m_window->scene();
    const size_t count = m_doc->design().components().size();
    scene->selectIds({QStringLiteral("db_secret")});
    m_window->editActions()->cut()->trigger();
    QCOMPARE(m_doc->design().components().size(), count - 1);
    QVERIFY(!m_doc->design().component(QStringLiteral("db_secret")));
    m_window->editActions()->paste()->trigger();
    QCOMPARE(m_doc->design().components().size(), count);
    QVERIFY(m_doc->design().component(QStringLiteral("db_secret"))); // the id is free again
    QCOMPARE(*m_doc->design().component(QStringLiteral("db_secret"))->position, QPointF(760, 100));
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestPanels::duplicate()
{
    m_window->scene()->selectIds({QStringLiteral("users")});
    m_window->editActions()->duplicate()->trigger();
    QVERIFY(m_doc->design().component(QStringLiteral("users_2")));
    QCOMPARE(*m_doc->design().component(QStringLiteral("users_2"))->position, QPointF(70, 540));
    QCOMPARE(m_window->scene()->selectedIds(), QStringList{QStringLiteral("users_2")});
}

void TestPanels::deletingContainerIsOneStepAndAsks()
{
    const Design before = m_doc->design();
    int asked = 0;
    m_window->editActions()->setConfirm([&](const QString& question) {
        ++asked;
        return question.contains(QStringLiteral("Inventory VPC"));
    });
    m_window->scene()->selectIds({QStringLiteral("vpc")});
    m_window->editActions()->remove()->trigger();
    QCOMPARE(asked, 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    for (const char* gone : {"vpc", "public", "app", "data", "alb", "nat", "api", "db"})
        QVERIFY2(!m_doc->design().component(QString::fromLatin1(gone)), gone);
    for (const Connection& c : m_doc->design().connections())
        QVERIFY(m_doc->design().component(c.from) && m_doc->design().component(c.to));
    QCOMPARE(m_doc->design().components().size(), before.components().size() - 8);
    QVERIFY(sceneMismatch(*m_window->scene()).isEmpty());
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->design() == before);
    QVERIFY(sceneMismatch(*m_window->scene()).isEmpty());

    m_window->editActions()->setConfirm([](const QString&) { return false; });
    m_window->scene()->selectIds({QStringLiteral("vpc")});
    m_window->editActions()->remove()->trigger();
    QVERIFY(m_doc->design() == before);
}

void TestPanels::selectAll()
{
    m_window->editActions()->selectAll()->trigger();
    QCOMPARE(m_window->scene()->selectedIds().size(), int(m_doc->design().components().size() + m_doc->design().connections().size()));
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
