#pragma once

#include <QColor>

namespace sky::DiagramStyle {

// Colours of the AWS architecture-diagram conventions (group borders and tints).
inline const QColor kInk{0x23, 0x2F, 0x3E};          ///< AWS squid ink: text, AWS Cloud border, traffic arrows
inline const QColor kMuted{0x5F, 0x6B, 0x7A};        ///< secondary text
inline const QColor kControlPlane{0x8D, 0x99, 0xA6}; ///< dashed aws-api / dns / tls arrows
inline const QColor kRegion{0x14, 0x7E, 0xBA};
inline const QColor kVpc{0x8C, 0x4F, 0xFF};
inline const QColor kPublicBorder{0x7A, 0xA1, 0x16};
inline const QColor kPublicFill{0xF2, 0xF6, 0xE8};
inline const QColor kPrivateBorder{0x14, 0x7E, 0xBA};
inline const QColor kPrivateFill{0xE6, 0xF2, 0xF8};

inline constexpr double kIconSize = 48;
inline constexpr double kTabHeight = 24;
inline constexpr double kGroupPadding = 28;
inline constexpr double kTitleHeight = 70;
inline constexpr double kMargin = 30;

} // namespace sky::DiagramStyle
