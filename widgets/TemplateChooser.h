#pragma once

#include <QDialog>
#include <optional>

class QListWidget;

namespace sky {

/// File > New: an empty design or one of the bundled templates.
class TemplateChooser : public QDialog {
    Q_OBJECT
public:
    explicit TemplateChooser(QWidget* parent = nullptr);
    /// "" = empty design, a template name, or nullopt when cancelled.
    static std::optional<QString> choose(QWidget* parent);
    QString selected() const;

private:
    QListWidget* m_list;
};

} // namespace sky
