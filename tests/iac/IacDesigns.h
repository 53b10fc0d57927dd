#pragma once

#include "model/Design.h"

#include <QString>
#include <functional>

/// Designs for the iac tests: the bundled templates and variants of web-app-ecs that switch
/// one property (or remove one component) at a time.
namespace IacDesigns {

sky::Design load(const QString& templateName);
/// A design file of tests/iac/fixtures (e.g. "cloudfront-alb-origin").
sky::Design fixture(const QString& name);
/// The fixture with one change applied.
sky::Design fixtureVariant(const QString& name, const std::function<void(sky::Design&)>& change);
/// web-app-ecs with one change applied.
sky::Design variant(const std::function<void(sky::Design&)>& change);
void setProperty(sky::Design& d, const QString& id, const QString& key, const sky::Json& value);
void removeComponent(sky::Design& d, const QString& id);
/// Adds a copy of component `id` (same type, parent and properties; no connections) as `newId`.
void copyComponent(sky::Design& d, const QString& id, const QString& newId);
/// web-app-ecs whose user text (name, tags, domains, repository, branch, image, notes) is hostile.
sky::Design hostile();
/// The hostile text used in every field.
QString hostileText();

} // namespace IacDesigns
