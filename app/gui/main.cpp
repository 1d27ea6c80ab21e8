// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "MainWindow.h"
#include "common/ErrorPresenter.h"
#include "common/LanguageManager.h"
#include "profiles/ProfileLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QRegularExpression>
#include <QSize>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

bool hasEnvironment(const char *name)
{
    return !qEnvironmentVariableIsEmpty(name);
}

bool hasArgument(int argc, char *argv[], const char *option)
{
    const std::size_t length = std::strlen(option);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], option, length) == 0
            && (argv[i][length] == '\0' || argv[i][length] == '=')) {
            return true;
        }
    }
    return false;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "segmenta: %s\n", message.toLocal8Bit().constData());
}

QSize parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{2,5})\\s*[xX×]\\s*(\\d{2,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
}

} // namespace

int main(int argc, char *argv[])
{
    // Decided before QApplication exists: without a display Qt would abort in the xcb plugin.
    const bool screenshot = hasArgument(argc, argv, "--screenshot");
    // Printing help or the version needs no window either.
    const bool textOnly = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")
        || hasArgument(argc, argv, "--help-all") || hasArgument(argc, argv, "--version")
        || hasArgument(argc, argv, "-v");
    if (!hasEnvironment("DISPLAY") && !hasEnvironment("WAYLAND_DISPLAY")
        && !hasEnvironment("QT_QPA_PLATFORM")) {
        if (screenshot || textOnly) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else {
            std::fputs("segmenta: no display found — run it under a display, or headless with: "
                       "xvfb-run -a segmenta --project FILE\n",
                stderr);
            return EXIT_FAILURE;
        }
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Segmenta"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("segmenta.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Segmenta"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENTA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Customer segmentation for people without a data team."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption projectOption(QStringList {QStringLiteral("project"), QStringLiteral("p")},
        QStringLiteral("Open the project file <file>."), QStringLiteral("file"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render the window to the PNG <file> and exit (works without a display)."),
        QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Window size as <width>x<height> (default 1280x800)."), QStringLiteral("WxH"),
        QStringLiteral("1280x800"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QStringLiteral("Interface language: en or tr (default: the "
                       "last choice, else the system language)."),
        QStringLiteral("code"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QStringLiteral("With --screenshot: the view to show, one of %1 (default: the last one used).")
            .arg(segmenta::ui::MainWindow::viewNames().join(QStringLiteral(", "))),
        QStringLiteral("view"));
    parser.addOptions({projectOption, screenshotOption, sizeOption, languageOption, viewOption});
    parser.process(app);

    segmenta::ui::LanguageManager languages;
    QString language = parser.value(languageOption).trimmed().toLower();
    if (!language.isEmpty() && !segmenta::ui::LanguageManager::availableLanguages().contains(language)) {
        printError(QStringLiteral("unknown language '%1'; use one of: %2")
                       .arg(language,
                           segmenta::ui::LanguageManager::availableLanguages().join(QStringLiteral(", "))));
        return EXIT_FAILURE;
    }
    if (language.isEmpty()) {
        language = segmenta::ui::LanguageManager::savedLanguage();
    }
    if (language.isEmpty()) {
        language = segmenta::ui::LanguageManager::systemLanguage();
    }
    languages.setLanguage(language);

    const QSize size = parseSize(parser.value(sizeOption));
    if (!size.isValid()) {
        printError(QStringLiteral("--size wants <width>x<height>, e.g. 1280x800, not '%1'")
                       .arg(parser.value(sizeOption)));
        return EXIT_FAILURE;
    }

    segmenta::ui::MainWindow window(&languages);
    window.resize(size);

    if (parser.isSet(projectOption)) {
        const segmenta::engine::Status opened = window.openProject(parser.value(projectOption));
        if (!opened) {
            printError(segmenta::ui::ErrorPresenter::message(opened.error()));
            if (screenshot) {
                return EXIT_FAILURE;
            }
        }
    }

    if (parser.isSet(viewOption) && !window.showView(parser.value(viewOption))) {
        printError(QStringLiteral("unknown view '%1'; use one of: %2")
                       .arg(parser.value(viewOption),
                           segmenta::ui::MainWindow::viewNames().join(QStringLiteral(", "))));
        return EXIT_FAILURE;
    }
    window.show();
    // A view in a window of its own (clv) is shot at the asked size too.
    if (QWidget *target = window.screenshotTarget(); screenshot && target != &window) {
        if (target->isFullScreen()) {
            target
                ->showNormal(); // presenter mode: full screen would keep the screen's size, not the asked one
        }
        target->resize(size);
    }

    if (screenshot) {
        const QString output = parser.value(screenshotOption);
        // Two turns of the event loop lay out the window; the delay lets the chart finish its own layout
        // pass (axes, legend, markers) before the grab.
        QTimer::singleShot(300, &window, [&window, output] {
            // Profiles are worked out in the background; the shot shows them.
            window.profileLoader()->waitForFinished();
            QCoreApplication::processEvents();
            const QPixmap shot = window.screenshotTarget()->grab();
            if (shot.isNull() || !shot.save(output, "PNG")) {
                printError(QStringLiteral("could not write the screenshot to '%1'").arg(output));
                QCoreApplication::exit(EXIT_FAILURE);
                return;
            }
            QCoreApplication::exit(EXIT_SUCCESS);
        });
    }
    return app.exec();
}
