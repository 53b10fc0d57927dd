#include "widgets/FindingsDock.h"

#include "model/Document.h"
#include "model/validation/Validator.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sky {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

QColor colourOf(Severity s)
{
    switch (s) {
    case Severity::Critical: return QColor(0x9b, 0x1c, 0x8c);
    case Severity::High: return QColor(0xd1, 0x34, 0x34);
    case Severity::Medium: return QColor(0xe0, 0x8a, 0x00);
    case Severity::Low: return QColor(0x2b, 0x7b, 0xb9);
    }
    return Qt::gray;
}

QIcon iconOf(Severity s, bool suppressed)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(suppressed ? QColor(Qt::lightGray) : colourOf(s));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

/// The severity as the window says it (the model's severityName() is the report format's word).
QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Critical: return FindingsDock::tr("critical");
    case Severity::High: return FindingsDock::tr("high");
    case Severity::Medium: return FindingsDock::tr("medium");
    case Severity::Low: return FindingsDock::tr("low");
    }
    return severityName(s);
}

QString title(Severity s)
{
    QString name = severityLabel(s);
    name[0] = name[0].toUpper();
    return name;
}

} // namespace

FindingsDock::FindingsDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Findings"), parent), m_document(document), m_debounce(new QTimer(this)),
      m_summary(new QLabel), m_tree(new QTreeWidget), m_detail(new QTextBrowser),
      m_suppressAction(new QAction(tr("Suppress…"), this))
{
    setObjectName(QStringLiteral("FindingsDock"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Rule"), tr("Component"), tr("Message")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(m_suppressAction);
    m_detail->setOpenExternalLinks(false);
    m_suppressAction->setEnabled(false);
    m_suppressAction->setToolTip(tr("Accept this finding for its component, with a reason kept in the design"));

    auto* suppressButton = new QToolButton;
    suppressButton->setDefaultAction(m_suppressAction);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(suppressButton);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter);
    setWidget(body);

    // A burst of raw changes (a macro, a drag) validates once, shortly after it ends.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100);
    connect(m_debounce, &QTimer::timeout, this, &FindingsDock::revalidate);
    connect(m_document, &Document::changed, this, &FindingsDock::scheduleRevalidate);
    connect(m_document, &Document::documentReset, this, [this] {
        loadRules();
        revalidate(); // a new design never shows the last one's findings, not even briefly
    });
    connect(m_document, &Document::filePathChanged, this, [this] {
        loadRules();
        scheduleRevalidate();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsDock::showDetail);
    const auto activate = [this](QTreeWidgetItem* item) {
        const QVariant v = item->data(0, kIndexRole);
        if (!v.isValid())
            return;
        const Finding& f = m_findings[size_t(v.toInt())];
        emit findingActivated(f.componentId, f.path);
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
    connect(m_suppressAction, &QAction::triggered, this, &FindingsDock::askToSuppress);
    loadRules();
    revalidate();
}

void FindingsDock::scheduleRevalidate() { m_debounce->start(); }

void FindingsDock::loadRules()
{
    m_rulesError.clear();
    m_rules = RuleSet::forDesign(m_document->filePath(), {}, &m_rulesError);
    if (!m_rules)
        m_rules = RuleSet::builtin(); // the panel keeps working; the header says why the extra rules are off
}

void FindingsDock::revalidate()
{
    m_debounce->stop();
    m_findings = Validator::validate(m_document->design(), *m_rules, m_document->catalog());
    rebuildList();
    emit findingsChanged();
}

QHash<QString, Severity> FindingsDock::worstSeverityByComponent() const
{
    QHash<QString, Severity> worst;
    for (const Finding& f : m_findings) {
        if (f.suppressed || f.componentId.isEmpty())
            continue;
        const auto it = worst.find(f.componentId);
        if (it == worst.end() || int(*it) < int(f.severity))
            worst.insert(f.componentId, f.severity);
    }
    return worst;
}

void FindingsDock::rebuildList()
{
    // Keep the selection across runs when the same finding is still there.
    QString previous;
    if (QTreeWidgetItem* item = m_tree->currentItem())
        previous = item->data(0, Qt::UserRole).toString();
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    int counts[4] = {0, 0, 0, 0};
    int suppressed = 0;
    QTreeWidgetItem* groups[4] = {nullptr, nullptr, nullptr, nullptr};
    QTreeWidgetItem* suppressedGroup = nullptr;
    QTreeWidgetItem* reselect = nullptr;
    const QBrush grey(Qt::gray);
    for (size_t i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings[i];
        QTreeWidgetItem* group = nullptr;
        if (f.suppressed) {
            ++suppressed;
            if (!suppressedGroup)
                suppressedGroup = new QTreeWidgetItem(QStringList{tr("Suppressed")});
            group = suppressedGroup;
        } else {
            const int s = int(f.severity);
            ++counts[s];
            if (!groups[s]) {
                groups[s] = new QTreeWidgetItem(QStringList{title(f.severity)});
                groups[s]->setIcon(0, iconOf(f.severity, false));
            }
            group = groups[s];
        }
        QString where = f.componentId.isEmpty() ? tr("(design)") : f.componentId;
        if (!f.connectionId.isEmpty())
            where += QStringLiteral(" [%1]").arg(f.connectionId);
        auto* item = new QTreeWidgetItem(group, QStringList{f.rule, where, f.message});
        item->setIcon(0, iconOf(f.severity, f.suppressed));
        item->setData(0, kIndexRole, int(i));
        const QString key = f.rule + QLatin1Char('|') + f.componentId + QLatin1Char('|') + f.connectionId;
        item->setData(0, Qt::UserRole, key);
        QString tip = QStringLiteral("<b>%1</b> (%2)<br>%3<br><br><b>%4</b> %5")
                          .arg(f.rule, severityLabel(f.severity), f.message.toHtmlEscaped(), tr("Fix:"), f.fix.toHtmlEscaped());
        if (!f.references.isEmpty())
            tip += QStringLiteral("<br><b>%1</b> %2").arg(tr("See:"), f.references.join(QStringLiteral(", ")).toHtmlEscaped());
        if (f.suppressed)
            tip += QStringLiteral("<br><b>%1</b> %2").arg(tr("Suppressed:"), f.suppressionReason.toHtmlEscaped());
        for (int c = 0; c < 3; ++c) {
            item->setToolTip(c, tip);
            if (f.suppressed)
                item->setForeground(c, grey);
        }
        if (key == previous && !reselect)
            reselect = item;
    }
    for (int s = 3; s >= 0; --s)
        if (groups[s]) {
            groups[s]->setText(0, QStringLiteral("%1 (%2)").arg(title(Severity(s))).arg(counts[s]));
            m_tree->addTopLevelItem(groups[s]);
            groups[s]->setExpanded(true);
        }
    if (suppressedGroup) {
        suppressedGroup->setText(0, tr("Suppressed (%1)").arg(suppressed));
        suppressedGroup->setForeground(0, grey);
        m_tree->addTopLevelItem(suppressedGroup);
        suppressedGroup->setExpanded(true);
    }
    if (reselect)
        m_tree->setCurrentItem(reselect);
    m_tree->setUpdatesEnabled(true);
    const int open = counts[0] + counts[1] + counts[2] + counts[3];
    QString summary = open == 0 ? tr("No findings") : tr("%n finding(s)", nullptr, open);
    if (suppressed)
        summary += tr(", %1 suppressed").arg(suppressed);
    if (!m_rulesError.isEmpty())
        summary += QStringLiteral("<br><span style='color:#d13434'>%1</span>").arg(tr("Extra rules not loaded: %1").arg(m_rulesError.toHtmlEscaped()));
    m_summary->setText(summary);
    m_summary->setToolTip(m_rulesError);
    showDetail();
}

int FindingsDock::currentIndex() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return -1;
    const QVariant v = item->data(0, kIndexRole);
    return v.isValid() ? v.toInt() : -1;
}

void FindingsDock::showDetail()
{
    const int i = currentIndex();
    if (i < 0 || size_t(i) >= m_findings.size()) {
        m_detail->clear();
        m_suppressAction->setEnabled(false);
        return;
    }
    const Finding& f = m_findings[size_t(i)];
    QString html = QStringLiteral("<p><b>%1</b> · %2</p><p>%3</p><p><b>%4</b> %5</p>")
                       .arg(f.rule.toHtmlEscaped(), severityLabel(f.severity), f.message.toHtmlEscaped(), tr("Fix:"),
                            f.fix.toHtmlEscaped());
    if (!f.path.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Path:"), f.path.join(QStringLiteral(" → ")).toHtmlEscaped());
    if (!f.references.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Same check in:"), f.references.join(QStringLiteral(", ")).toHtmlEscaped());
    if (f.suppressed)
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Suppressed:"), f.suppressionReason.toHtmlEscaped());
    m_detail->setHtml(html);
    m_suppressAction->setEnabled(!f.suppressed && !f.componentId.isEmpty());
}

void FindingsDock::askToSuppress()
{
    const int i = currentIndex();
    if (i < 0)
        return;
    const Finding f = m_findings[size_t(i)];
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Suppress %1").arg(f.rule),
                                                 tr("Why is this finding accepted for %1?").arg(f.componentId),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        suppress(i, reason);
}

bool FindingsDock::suppress(int index, const QString& reason)
{
    if (index < 0 || size_t(index) >= m_findings.size())
        return false;
    const Finding f = m_findings[size_t(index)];
    const QString why = reason.trimmed();
    if (f.suppressed || f.componentId.isEmpty() || why.isEmpty())
        return false;
    Json list = m_document->value(Target::Component, f.componentId, QStringLiteral("suppressions"));
    if (!list.is_array())
        list = Json::array();
    list.push_back({{"rule", f.rule.toStdString()}, {"reason", why.toStdString()}});
    if (!m_document->setValue(Target::Component, f.componentId, QStringLiteral("suppressions"), list))
        return false;
    revalidate(); // at once: the user sees the finding move to "Suppressed"
    return true;
}

} // namespace sky
