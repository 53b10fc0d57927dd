#pragma once

#include <QDockWidget>
#include <QStringList>

class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace sky {

class Document;
struct CostEstimate;

/// The Cost dock: the monthly estimate of the open design as a donut by component, the cost
/// against daily users, today's total against the total with the chosen optimisations, and
/// the optimisation list whose Apply makes their design edits as one undoable macro.
/// Follows Document::changed(), debounced.
class CostDock : public QDockWidget {
    Q_OBJECT
public:
    explicit CostDock(Document* document, QWidget* parent = nullptr);

    /// Recomputes now (the dock otherwise waits for the design to settle).
    void refresh();
    /// Ids of the checked optimisations.
    QStringList checkedOptimisations() const;
    /// Applies the checked optimisations that have design edits, as one undo entry.
    void applyChecked();

private:
    void scheduleRefresh();
    void updateComparison();
    void rebuildDonut(const CostEstimate& estimate);
    void rebuildGrowth(const CostEstimate& estimate);

    Document* m_document;
    QTimer* m_debounce;
    QLabel* m_total;
    QLabel* m_subtitle;
    QLabel* m_warnings;
    QChartView* m_donut;
    QChartView* m_growth;
    QChartView* m_comparison;
    QListWidget* m_optimisations;
    QPushButton* m_apply;
    double m_currentTotal = 0;
    bool m_rebuilding = false;
};

} // namespace sky
