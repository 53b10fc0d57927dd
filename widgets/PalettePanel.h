#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace sky {

class Catalog;

/// Every catalog type grouped by category, with search-as-you-type. A type is dragged
/// onto the canvas (MIME kMimeType, the type name as UTF-8) or double-clicked.
class PalettePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr const char* kMimeType = "application/x-skyforge-component-type";

    explicit PalettePanel(const Catalog& catalog, QWidget* parent = nullptr);

    void setFilter(const QString& text);
    /// The types shown under the current filter, in palette order.
    QStringList visibleTypes() const;
    QTreeWidget* tree() const { return m_tree; }

signals:
    /// Double-click: place this type at the centre of the view.
    void placeRequested(const QString& type);

private:
    QLineEdit* m_search;
    QTreeWidget* m_tree;
};

} // namespace sky
