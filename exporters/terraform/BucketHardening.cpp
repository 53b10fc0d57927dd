#include "exporters/terraform/BucketHardening.h"

#include "exporters/terraform/HclWriter.h"

namespace sky::BucketHardening {

void write(HclWriter& w, const QString& bucketRef, const Settings& settings)
{
    const QString bucket = HclWriter::expand(u"aws_s3_bucket.%1.id", {bucketRef});
    const bool block = settings.blockPublicAccess;
    if (!block)
        w.comment(QStringLiteral("The design turns block_public_access off for this bucket."));
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_public_access_block"), bucketRef});
    w.attribute(QStringLiteral("bucket"), bucket);
    for (const char* key : {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"})
        w.attribute(QLatin1String(key), HclWriter::boolean(block));
    w.close();
    w.blank();
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_ownership_controls"), bucketRef});
    w.attribute(QStringLiteral("bucket"), bucket);
    w.blank();
    w.openBlock(QStringLiteral("rule"));
    w.attribute(QStringLiteral("object_ownership"), QStringLiteral("\"BucketOwnerEnforced\""));
    w.close();
    w.close();
    w.blank();
    if (settings.encryption == Encryption::None) {
        w.comment(QStringLiteral("The design sets encryption = none: no default-encryption rule is written (S3 still applies\n"
                                 "SSE-S3 to new objects by default)."));
    } else {
        if (!settings.encryptionComment.isEmpty())
            w.comment(settings.encryptionComment);
        const bool kms = settings.encryption == Encryption::Kms;
        w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_server_side_encryption_configuration"), bucketRef});
        w.attribute(QStringLiteral("bucket"), bucket);
        w.blank();
        w.openBlock(QStringLiteral("rule"));
        if (kms) {
            w.attribute(QStringLiteral("bucket_key_enabled"), QStringLiteral("true"));
            w.blank();
        }
        w.openBlock(QStringLiteral("apply_server_side_encryption_by_default"));
        w.attribute(QStringLiteral("sse_algorithm"), kms ? QStringLiteral("\"aws:kms\"") : QStringLiteral("\"AES256\""));
        w.close();
        w.close();
        w.close();
        w.blank();
    }
    w.openBlock(QStringLiteral("resource"), {QStringLiteral("aws_s3_bucket_versioning"), bucketRef});
    w.attribute(QStringLiteral("bucket"), bucket);
    w.blank();
    w.openBlock(QStringLiteral("versioning_configuration"));
    w.attribute(QStringLiteral("status"), settings.versioning ? QStringLiteral("\"Enabled\"") : QStringLiteral("\"Suspended\""));
    w.close();
    w.close();
    w.blank();
}

} // namespace sky::BucketHardening
