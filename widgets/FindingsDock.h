#pragma once

#include "model/Severity.h"
#include "model/validation/Finding.h"
#include "model/validation/RuleSet.h"

#include <QDockWidget>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QLabel;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace sky {

class Document;

/// The Findings panel: validates the document after every edit (debounced) and lists the
/// findings by severity, with the fix and references of the selected one. Clicking a finding
/// asks the window to show its component (and path); "Suppress…" records an accepted
/// finding on its component, with a reason, as one undoable edit.
class FindingsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit FindingsDock(Document* document, QWidget* parent = nullptr);

    /// The findings of the last run, worst first; suppressed ones included (marked).
    const std::vector<Finding>& findings() const { return m_findings; }
    /// For the canvas badges: each component's worst finding that is not suppressed.
    QHash<QString, Severity> worstSeverityByComponent() const;
    /// Why the rules beside the design could not be used (then the bundled rules run), or empty.
    QString rulesError() const { return m_rulesError; }

    /// Validates now (the edits schedule it after a short pause).
    void revalidate();
    /// Records a suppression of findings()[index]'s rule on its component; false if it has no
    /// component, is already suppressed, or the reason is empty.
    bool suppress(int index, const QString& reason);

signals:
    void findingActivated(const QString& componentId, const QStringList& path);
    void findingsChanged();

private:
    void scheduleRevalidate();
    void loadRules();
    void rebuildList();
    void showDetail();
    void askToSuppress();
    int currentIndex() const;

    Document* m_document;
    QTimer* m_debounce;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QTextBrowser* m_detail;
    QAction* m_suppressAction;
    std::optional<RuleSet> m_rules;
    QString m_rulesError;
    std::vector<Finding> m_findings;
};

} // namespace sky
