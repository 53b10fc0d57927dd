# Data files bundled into the program (Qt resource paths drop the "resources/" prefix:
# ":/catalog/catalog.yaml"). Listed explicitly, as every source is.
set(SKYFORGE_RESOURCE_FILES
  catalog/catalog.yaml
  templates/web-app-ecs.skyforge
  templates/web-app-ecs-dev.skyforge
  templates/static-site.skyforge
  icons/users.svg
  icons/github_actions.svg
  icons/route53_zone.svg
  icons/acm_certificate.svg
  icons/cloudfront.svg
  icons/s3_bucket.svg
  icons/alb.svg
  icons/ecs_fargate_service.svg
  icons/ecr_repository.svg
  icons/rds_postgres.svg
  icons/secrets_manager_secret.svg
  icons/nat_gateway.svg
  icons/cloudwatch.svg
  icons/region.svg
  icons/vpc.svg
  icons/subnet.svg
)
# rules engine (issue #4): the rule catalogue, read by model/validation/RuleSet
list(APPEND SKYFORGE_RESOURCE_FILES
  rules/network.yaml
  rules/edge.yaml
  rules/data.yaml
  rules/compute.yaml
  rules/observability.yaml
  rules/integrity.yaml
)

# Pricing data for cost estimates (issue #6), one file per region.
list(APPEND SKYFORGE_RESOURCE_FILES
  pricing/us-east-1.yaml
  pricing/us-west-2.yaml
  pricing/eu-west-1.yaml
  pricing/eu-central-1.yaml
  pricing/sa-east-1.yaml
)
