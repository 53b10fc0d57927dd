// bench_canvas: how the canvas copes with big designs (issue #3). Not a test: it prints
// figures. Run it from a Release build: build-release/tests/bench/bench_canvas [sizes...]
#include "model/Document.h"
#include "model/DesignReader.h"
#include "model/DesignWriter.h"
#include "widgets/DesignScene.h"
#include "widgets/DesignView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QUndoStack>
#include <cstdio>

using namespace sky;

namespace {

/// `count` components: leaves on a grid, every 40th a VPC-less group of ECS + RDS inside
/// a VPC and a private subnet, and 1.5 connections per component.
Design makeDesign(int count)
{
    static const char* rootTypes[] = {"s3_bucket", "cloudfront", "ecr_repository", "cloudwatch",
                                      "secrets_manager_secret", "route53_zone", "acm_certificate", "users"};
    Design design;
    design.name = QStringLiteral("Benchmark %1").arg(count);
    design.region = QStringLiteral("us-east-1");
    const int columns = 100;
    int made = 0;
    QStringList ids;
    for (int i = 0; made < count; ++i) {
        const int col = i % columns;
        const int row = i / columns;
        const QPointF at(col * 180.0, row * 160.0);
        if (i % 40 == 39 && made + 4 <= count) {
            // A VPC with a private subnet and two services, in one cell (scaled down).
            const QString vpc = QStringLiteral("vpc%1").arg(i);
            const QString subnet = QStringLiteral("sub%1").arg(i);
            Component v;
            v.id = vpc;
            v.type = QStringLiteral("vpc");
            v.position = at;
            v.size = QSizeF(170, 150);
            design.appendComponent(v);
            Component s;
            s.id = subnet;
            s.type = QStringLiteral("subnet");
            s.parent = vpc;
            s.position = at + QPointF(5, 28);
            s.size = QSizeF(160, 118);
            design.appendComponent(s);
            for (int k = 0; k < 2; ++k) {
                Component c;
                c.id = QStringLiteral("svc%1_%2").arg(i).arg(k);
                c.type = k == 0 ? QStringLiteral("ecs_fargate_service") : QStringLiteral("rds_postgres");
                c.parent = subnet;
                c.position = at + QPointF(10 + k * 0, 30 + k * 0);
                design.appendComponent(c);
                ids << c.id;
            }
            made += 4;
            continue;
        }
        Component c;
        c.id = QStringLiteral("n%1").arg(i);
        c.type = QString::fromLatin1(rootTypes[i % 8]);
        c.name = QStringLiteral("Component %1").arg(i);
        c.position = at;
        design.appendComponent(c);
        ids << c.id;
        ++made;
    }
    // 1.5 connections per component: to the right neighbour, and every other one downwards.
    const int target = count * 3 / 2;
    int n = 0;
    for (int i = 0; i + 1 < ids.size() && n < target; ++i) {
        for (int step : {1, columns}) {
            if (n >= target || i + step >= ids.size() || (step == columns && i % 2))
                continue;
            Connection c;
            c.id = QStringLiteral("c%1").arg(n);
            c.from = ids[i];
            c.to = ids[i + step];
            c.protocol = n % 3 == 0 ? QStringLiteral("aws-api") : QStringLiteral("https");
            design.appendConnection(c);
            ++n;
        }
    }
    for (int i = 0; n < target; ++i, ++n) { // top up with longer links
        Connection c;
        c.id = QStringLiteral("c%1").arg(n);
        c.from = ids[i % ids.size()];
        c.to = ids[(i * 7 + 3) % ids.size()];
        if (c.from == c.to)
            c.to = ids[(i + 1) % ids.size()];
        c.protocol = QStringLiteral("https");
        design.appendConnection(c);
    }
    return design;
}

double frameMs(DesignView& view, int frames)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i) {
        QPainter painter(&image);
        view.render(&painter);
    }
    return double(timer.nsecsElapsed()) / 1e6 / frames;
}

void run(int count)
{
    const Design design = makeDesign(count);
    const QByteArray bytes = DesignWriter::toBytes(design);
    Document document;

    QElapsedTimer timer;
    timer.start();
    LoadResult loaded = DesignReader::readBytes(bytes, QStringLiteral("bench"));
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench design does not load: %s\n", qPrintable(loaded.error));
        return;
    }
    timer.restart();
    document.reset(std::move(*loaded.design));
    DesignScene scene(&document);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;

    DesignView view(&scene);
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();

    // Warm up the icon cache and the index, then measure.
    view.setZoom(1.0);
    view.centerOn(scene.designBounds().center());
    frameMs(view, 2);
    const double zoomedMs = frameMs(view, 20);
    view.fitToDesign();
    frameMs(view, 1);
    const double fitMs = frameMs(view, 10);
    const double fitZoom = view.zoom();

    // 50 components near the middle, selected, moved one grid step (an arrow-key nudge).
    QStringList chosen;
    for (int i = count / 2; chosen.size() < 50; ++i)
        if (scene.componentItem(QStringLiteral("n%1").arg(i)))
            chosen << QStringLiteral("n%1").arg(i);
    scene.selectIds(chosen);
    timer.restart();
    const int moves = 20;
    for (int i = 0; i < moves; ++i)
        scene.nudgeSelection(QPointF(10, 0));
    const double nudgeMs = double(timer.nsecsElapsed()) / 1e6 / moves;
    // The same 50 dragged with the mouse: one preview step (items only, no edit).
    scene.beginMove(chosen, QPointF(0, 0));
    timer.restart();
    for (int i = 1; i <= moves; ++i)
        scene.moveTo(QPointF(i * 10, 0));
    const double dragStepMs = double(timer.nsecsElapsed()) / 1e6 / moves;
    timer.restart();
    scene.finishMove(QPointF(moves * 10, 0));
    const double dropMs = double(timer.nsecsElapsed()) / 1e6;

    std::printf("%6d components, %6zu connections\n", count, document.design().connections().size());
    std::printf("  open: read %.0f ms + scene build %.0f ms = %.0f ms      (target < 1000 ms)\n", readMs, buildMs, readMs + buildMs);
    std::printf("  frame zoomed in (100 %%):        %6.1f ms              (target < 16 ms)\n", zoomedMs);
    std::printf("  frame fit to view (%.1f %%):      %6.1f ms              (target < 33 ms)\n", fitZoom * 100, fitMs);
    std::printf("  move 50 selected one step:      %6.2f ms (undoable edit) (target < 16 ms)\n", nudgeMs);
    std::printf("  drag 50 selected, one step:     %6.2f ms (preview); drop %.1f ms\n", dragStepMs, dropMs);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QList<int> sizes{1000, 10000};
    if (argc > 1) {
        sizes.clear();
        for (int i = 1; i < argc; ++i)
            sizes << QString::fromLocal8Bit(argv[i]).toInt();
    }
#ifndef NDEBUG
    std::printf("note: a Debug build (integrity checked after every edit); figures are for Release builds\n");
#endif
    for (int count : sizes)
        run(count);
    return 0;
}
