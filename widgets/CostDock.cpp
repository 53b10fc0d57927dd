#include "widgets/CostDock.h"

#include "model/Catalog.h"
#include "model/Document.h"
#include "model/cost/CostGrowth.h"
#include "model/cost/CostOptimiser.h"
#include "widgets/Translations.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLogValueAxis>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace sky {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kHasEditsRole = Qt::UserRole + 1;

// One colour per slice, in order of size; "Other" is grey.
const QColor kPalette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                           QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                           QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};

QChartView* makeView(const QString& objectName, int height)
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto* view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(height);
    return view;
}

QString money(double v) { return CostEstimator::money(v); }

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

CostDock::CostDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Cost"), parent)
    , m_document(document)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("costDock"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CostDock::refresh);
    connect(document, &Document::changed, this, &CostDock::scheduleRefresh);
    connect(document, &Document::documentReset, this, &CostDock::scheduleRefresh);

    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("costTotal"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_total->setFont(big);
    m_subtitle = new QLabel;
    m_subtitle->setWordWrap(true);
    m_warnings = new QLabel;
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #a15c00;"));
    layout->addWidget(m_total);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_warnings);

    layout->addWidget(heading(tr("Where the money goes")));
    m_donut = makeView(QStringLiteral("costDonut"), 260);
    layout->addWidget(m_donut);
    layout->addWidget(heading(tr("Monthly cost as daily users grow")));
    m_growth = makeView(QStringLiteral("costGrowth"), 230);
    layout->addWidget(m_growth);

    layout->addWidget(heading(tr("Optimisations for the initial stage")));
    m_optimisations = new QListWidget;
    m_optimisations->setObjectName(QStringLiteral("costOptimisations"));
    m_optimisations->setWordWrap(true);
    m_optimisations->setMinimumHeight(150);
    layout->addWidget(m_optimisations);
    connect(m_optimisations, &QListWidget::itemChanged, this, [this] {
        if (!m_rebuilding)
            updateComparison();
    });
    m_comparison = makeView(QStringLiteral("costComparison"), 130);
    layout->addWidget(m_comparison);
    m_apply = new QPushButton(tr("Apply checked changes to the design"));
    m_apply->setObjectName(QStringLiteral("costApply"));
    m_apply->setToolTip(tr("Makes the checked suggestions' design edits as one undoable step; advice-only "
                           "suggestions (commitments, schedules, lifecycle rules) are not design edits"));
    connect(m_apply, &QPushButton::clicked, this, &CostDock::applyChecked);
    layout->addWidget(m_apply);
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    setWidget(scroll);
    refresh();
}

void CostDock::scheduleRefresh() { m_debounce->start(); }

void CostDock::refresh()
{
    m_debounce->stop();
    const Design& design = m_document->design();
    const Catalog& catalog = m_document->catalog();
    const CostEstimate estimate = CostEstimator::estimate(design, catalog);
    if (!estimate.ok()) {
        m_total->setText(tr("No estimate"));
        m_subtitle->setText(estimate.error);
        return;
    }
    m_currentTotal = estimate.total;
    m_total->setText(tr("%1 / month").arg(money(estimate.total)));
    m_subtitle->setText(tr("%1 daily users · %2 prices as of %3 · on-demand list prices, %4")
                            .arg(estimate.dailyUsers)
                            .arg(estimate.priceRegion, estimate.asOf, estimate.currency));
    const bool spanish = Translations::spanish(); // the cost engine words its text in both languages
    m_warnings->setText((spanish ? estimate.warningsEs : estimate.warnings).join(QLatin1Char('\n')));
    m_warnings->setVisible(!estimate.warnings.isEmpty());
    rebuildDonut(estimate);
    rebuildGrowth(estimate);

    // Keep the user's ticks across refreshes for suggestions that still apply.
    const QStringList checked = checkedOptimisations();
    m_rebuilding = true;
    m_optimisations->clear();
    const auto optimisations = CostOptimiser::suggest(design, catalog);
    for (const CostOptimisation& o : optimisations) {
        auto* item = new QListWidgetItem(tr("%1 — saves %2/month%3")
                                             .arg(spanish ? o.titleEs : o.title, money(o.monthlySaving),
                                                  o.adviceOnly() ? tr(" (advice)") : QString()));
        item->setData(kIdRole, o.id);
        item->setData(kHasEditsRole, !o.adviceOnly());
        item->setToolTip(tr("Trade-off: %1").arg(spanish ? o.tradeoffEs : o.tradeoff));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(o.id) ? Qt::Checked : Qt::Unchecked);
        m_optimisations->addItem(item);
    }
    if (optimisations.empty())
        m_optimisations->addItem(tr("No optimisation applies to this design."));
    m_rebuilding = false;
    updateComparison();
}

void CostDock::rebuildDonut(const CostEstimate& estimate)
{
    QChart* chart = m_donut->chart();
    chart->removeAllSeries();
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.9);
    std::vector<const CostItem*> items;
    for (const CostItem& i : estimate.items)
        items.push_back(&i);
    std::stable_sort(items.begin(), items.end(), [](const CostItem* a, const CostItem* b) { return a->monthly > b->monthly; });
    // Small items would be unreadable slivers: they are gathered into "Other".
    double other = 0;
    int shown = 0;
    for (const CostItem* i : items) {
        if (i->monthly < estimate.total * 0.03 || shown == int(std::size(kPalette))) {
            other += i->monthly;
            continue;
        }
        QPieSlice* slice = series->append(QStringLiteral("%1  %2").arg(money(i->monthly), i->name), i->monthly);
        slice->setColor(kPalette[shown++]);
    }
    if (other > 0)
        series->append(tr("%1  Other (%2 items)").arg(money(other)).arg(int(items.size()) - shown), other)->setColor(QColor(0xb0, 0xb0, 0xb0));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(true);
}

void CostDock::rebuildGrowth(const CostEstimate& estimate)
{
    QChart* chart = m_growth->chart();
    chart->removeAllSeries();
    // removeAxis() hands the axis back to us: without the delete each refresh leaked it.
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const auto points = CostGrowth::project(m_document->design(), m_document->catalog());
    auto* line = new QLineSeries;
    line->setName(tr("monthly cost"));
    line->setPointsVisible(true);
    auto* capped = new QScatterSeries;
    capped->setName(tr("max_tasks reached"));
    capped->setColor(QColor(0xd6, 0x27, 0x28));
    capped->setMarkerSize(9);
    double top = estimate.total;
    for (const GrowthPoint& p : points) {
        line->append(p.dailyUsers, p.monthly);
        top = std::max(top, p.monthly);
        if (!p.advice.isEmpty())
            capped->append(p.dailyUsers, p.monthly);
    }
    auto* now = new QScatterSeries;
    now->setName(tr("this design (%1 users)").arg(estimate.dailyUsers));
    now->setColor(QColor(0x2c, 0xa0, 0x2c));
    now->setMarkerSize(12);
    if (estimate.dailyUsers > 0)
        now->append(estimate.dailyUsers, estimate.total);
    chart->addSeries(line);
    chart->addSeries(capped);
    chart->addSeries(now);
    auto* x = new QLogValueAxis;
    x->setBase(10);
    x->setRange(40, 12000);
    x->setLabelFormat(QStringLiteral("%g"));
    x->setTitleText(tr("daily users"));
    x->setMinorTickCount(8);
    auto* y = new QValueAxis;
    y->setRange(0, std::ceil(top * 1.15 / 50.0) * 50.0);
    y->setLabelFormat(QStringLiteral("$%.0f"));
    y->setTickCount(5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(capped), static_cast<QAbstractSeries*>(now)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    QStringList advice;
    for (const GrowthPoint& p : points)
        for (const QString& a : Translations::spanish() ? p.adviceEs : p.advice)
            advice << tr("%1 users: %2").arg(p.dailyUsers).arg(a);
    m_growth->setToolTip(advice.join(QLatin1Char('\n')));
}

QStringList CostDock::checkedOptimisations() const
{
    QStringList ids;
    for (int i = 0; i < m_optimisations->count(); ++i) {
        const QListWidgetItem* item = m_optimisations->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(kIdRole).toString();
    }
    return ids;
}

void CostDock::updateComparison()
{
    const QStringList ids = checkedOptimisations();
    const double with = ids.isEmpty() ? m_currentTotal
                                      : CostOptimiser::totalWith(m_document->design(), m_document->catalog(), {}, ids);
    QChart* chart = m_comparison->chart();
    chart->removeAllSeries();
    // removeAxis() hands the axis back to us: without the delete each refresh leaked it.
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    // Two sets stacked on two categories: each bar gets its own colour.
    auto* optimised = new QBarSet(tr("with checked"));
    *optimised << with << 0;
    optimised->setColor(QColor(0x2c, 0xa0, 0x2c));
    auto* today = new QBarSet(tr("today"));
    *today << 0 << m_currentTotal;
    today->setColor(QColor(0x1f, 0x77, 0xb4));
    auto* series = new QHorizontalStackedBarSeries;
    series->append(optimised);
    series->append(today);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append({tr("Checked: %1").arg(money(with)),
                        tr("Today: %1").arg(money(m_currentTotal))});
    auto* value = new QValueAxis;
    value->setRange(0, std::max(1.0, m_currentTotal * 1.05));
    value->applyNiceNumbers();
    value->setLabelFormat(QStringLiteral("$%.0f"));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(value, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(value);
    chart->legend()->setVisible(false);
    chart->setTitle(ids.isEmpty() ? tr("Tick suggestions to compare") : tr("Checked suggestions save %1 a month").arg(money(m_currentTotal - with)));
    bool anyEdits = false;
    for (int i = 0; i < m_optimisations->count(); ++i) {
        const QListWidgetItem* item = m_optimisations->item(i);
        anyEdits = anyEdits || (item->checkState() == Qt::Checked && item->data(kHasEditsRole).toBool());
    }
    m_apply->setEnabled(anyEdits);
}

void CostDock::applyChecked()
{
    const QStringList ids = checkedOptimisations();
    std::vector<DesignEdit> edits;
    for (const CostOptimisation& o : CostOptimiser::suggest(m_document->design(), m_document->catalog()))
        if (ids.contains(o.id))
            edits.insert(edits.end(), o.edits.begin(), o.edits.end());
    if (edits.empty())
        return;
    m_document->beginMacro(tr("Apply cost optimisations"));
    for (const DesignEdit& e : edits)
        m_document->setValue(e.target, e.id, e.key, e.value);
    m_document->endMacro();
    refresh();
}

} // namespace sky
