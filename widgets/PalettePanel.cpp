#include "widgets/PalettePanel.h"

#include "model/Catalog.h"
#include "widgets/IconCache.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sky {

namespace {

constexpr int kTypeRole = Qt::UserRole + 1;

/// A tree whose leaves drag their type name.
class PaletteTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(PalettePanel::kMimeType)}; }
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override
    {
        if (items.isEmpty() || items.first()->data(0, kTypeRole).toString().isEmpty())
            return nullptr;
        auto* mime = new QMimeData;
        mime->setData(PalettePanel::kMimeType, items.first()->data(0, kTypeRole).toString().toUtf8());
        return mime;
    }
};

} // namespace

PalettePanel::PalettePanel(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tree(new PaletteTree(this))
{
    m_search->setPlaceholderText(tr("Search components…"));
    m_search->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    m_tree->setIconSize(QSize(24, 24));
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_tree->setUniformRowHeights(true);
    for (const auto& [key, label] : catalog.categories()) {
        auto* group = new QTreeWidgetItem(m_tree, {label});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (const ComponentType& t : catalog.types()) {
            if (t.category != key)
                continue;
            auto* item = new QTreeWidgetItem(group, {t.label});
            item->setIcon(0, IconCache::icon(t.type));
            item->setData(0, kTypeRole, t.type);
            item->setToolTip(0, QStringLiteral("<b>%1</b><br>%2").arg(t.label.toHtmlEscaped(), t.description.toHtmlEscaped()));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        if (group->childCount() == 0)
            delete group;
    }
    m_tree->expandAll();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    connect(m_search, &QLineEdit::textChanged, this, &PalettePanel::setFilter);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QString type = item->data(0, kTypeRole).toString();
        if (!type.isEmpty())
            emit placeRequested(type);
    });
}

void PalettePanel::setFilter(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = needle.isEmpty() || groupMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->data(0, kTypeRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

QStringList PalettePanel::visibleTypes() const
{
    QStringList types;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden())
                types << group->child(i)->data(0, kTypeRole).toString();
    }
    return types;
}

} // namespace sky
