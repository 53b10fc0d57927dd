#pragma once

#include <QByteArray>
#include <QString>

namespace sky {

class Catalog;
class Design;

/// A GitHub Actions workflow, or why the design has none.
struct WorkflowExport {
    QByteArray yaml;
    QString error; ///< one line: what the design lacks

    bool ok() const { return error.isEmpty(); }
};

/// The deploy workflow of a design's github_actions component: test, build and push the
/// image to ECR, deploy it to the ECS service, on push to the component's branch, through
/// the OIDC deploy role of the Terraform export (no static keys). Written with yaml-cpp.
namespace GithubActionsExporter {

WorkflowExport exportDesign(const Design& design, const Catalog& catalog);
WorkflowExport exportDesign(const Design& design);

} // namespace GithubActionsExporter
} // namespace sky
