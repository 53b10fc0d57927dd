// Build step (start-up speed, issue #4): converts a bundled YAML file (the catalog, the rules)
// into the JSON it stands for, with the converter the program itself uses (model/YamlJson.cpp),
// so that the program need not run yaml-cpp on its own data at every start. The program still
// validates the result exactly as before (Catalog / RuleSet); a file that cannot be converted
// fails the build with the converter's message.
#include "model/YamlJson.h"

#include <QFile>
#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: skyforge_yaml2json IN.yaml OUT.json\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot be read\n", argv[1]);
        return 1;
    }
    QString error;
    const std::optional<sky::Json> json = sky::yamlToJson(in.readAll(), &error);
    if (!json) {
        std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(error));
        return 1;
    }
    const std::string text = json->dump();
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly) || out.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        std::fprintf(stderr, "%s: cannot be written\n", argv[2]);
        return 1;
    }
    return 0;
}
