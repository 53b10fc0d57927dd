#pragma once

namespace sky {

class TerraformModule;

// One generator per concern file of the module. Each writes only what the design
// contains (an absent component produces nothing) and declares its variables and outputs.
namespace TerraformGenerators {

void network(TerraformModule& m);         ///< network.tf: VPC, subnets, routes, NAT, flow logs
void securityGroups(TerraformModule& m);  ///< security_groups.tf: one SG per networked component, rules from connections
void dnsCertificates(TerraformModule& m); ///< dns_certificates.tf: zones, ACM certificates, validation, alias records
void frontend(TerraformModule& m);        ///< frontend.tf: S3 buckets, CloudFront with OAC, WAF
void loadBalancer(TerraformModule& m);    ///< load_balancer.tf: ALB, access logs, target groups, listeners
void containers(TerraformModule& m);      ///< containers.tf: ECR, ECS cluster, task definitions, services, scaling
void database(TerraformModule& m);        ///< database.tf: RDS PostgreSQL, subnet group, secret rotation
void iam(TerraformModule& m);             ///< iam.tf: task execution and task roles from connections
void monitoring(TerraformModule& m);      ///< monitoring.tf: log groups, SNS topic, alarms
void cicd(TerraformModule& m);            ///< cicd.tf: GitHub OIDC provider and deploy role
/// versions.tf, providers.tf, variables.tf, outputs.tf (run last); `callerIdentity`: a concern
/// refers to data.aws_caller_identity.current.
void moduleFiles(TerraformModule& m, bool callerIdentity);

} // namespace TerraformGenerators
} // namespace sky
