#pragma once

#include "model/Component.h"

#include <QHash>
#include <QString>
#include <array>
#include <vector>

namespace sky {

/// The id part of the AWS-side names of a design's components (`<var.name>-<slug>`), unique
/// among the components: TerraformNames::slug(id, length), except where two components'
/// slugs would be the same (ids that differ only past the cut, such as `public-api-blue` and
/// `public-api-green` cut to 11 characters, or only in `-` against `_`). Each of those gets its
/// slug cut shorter plus four hex digits of a hash of its id, stable across edits. AWS refuses a
/// second load balancer, target group, repository or database of the same name, so the module
/// and the workflow both name resources through this.
class AwsSlugs {
public:
    /// The lengths the exporters cut slugs to.
    static constexpr std::array<int, 4> kLengths{11, 20, 30, 40};

    explicit AwsSlugs(const std::vector<Component>& components);
    /// The slug of `c` (one of the components) at one of kLengths.
    QString of(const Component& c, int length) const;

private:
    const std::vector<Component>& m_components;
    /// By component index: the slug at the longest length.
    std::vector<QString> m_full;
    /// By component index, for the components whose slug is shared: the slug at each of kLengths.
    QHash<qsizetype, std::array<QString, kLengths.size()>> m_distinct;
};

} // namespace sky
