#pragma once

#include <QString>

namespace sky {

class HclWriter;

/// The hardening resources every S3 bucket of the module gets (frontend buckets and the
/// ALB access-log bucket alike): the four public access blocks, BucketOwnerEnforced
/// ownership, default encryption and versioning. One writer so that both stay the same.
namespace BucketHardening {

enum class Encryption { None, S3, Kms };

struct Settings {
    bool blockPublicAccess = true;
    Encryption encryption = Encryption::S3;
    bool versioning = true;
    /// The exporter's prose above the encryption resource (why this algorithm), or empty.
    QString encryptionComment;
};

/// Writes aws_s3_bucket_public_access_block, _ownership_controls,
/// _server_side_encryption_configuration (unless Encryption::None) and _versioning, all
/// named `bucketRef` and attached to aws_s3_bucket.<bucketRef>.
void write(HclWriter& w, const QString& bucketRef, const Settings& settings);

} // namespace BucketHardening
} // namespace sky
