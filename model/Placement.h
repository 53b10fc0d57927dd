#pragma once

#include <QString>

namespace sky {

class Catalog;
class Design;

/// FORMAT.md's placement constraints: where each type may sit.
namespace Placement {

/// Empty if a component of `type` may sit in `parentId` (empty = top level) of `design`,
/// else the reason in the user's terms ("An RDS database must sit in a subnet").
QString check(const Catalog& catalog, const Design& design, const QString& type, const QString& parentId);

/// The key a parent answers to in the catalog's `parents` lists: root, region, vpc,
/// subnet:public or subnet:private.
QString parentKey(const Catalog& catalog, const Design& design, const QString& parentId);

} // namespace Placement
} // namespace sky
