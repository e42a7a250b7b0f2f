// 查询打印: the document as it will come out, page by page, large enough to read (长辈版 opens it
// enlarged); its title and key figures in large type above it, and read aloud. Then Print.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    readonly property var info: qprint.info
    readonly property bool printing: qprint.step === "query-printing"
    readonly property int pageCount: info.pageCount || 0
    property int page: 0
    property real zoom: app.elderly ? 1.6 : 1.0
    // the whole page's width: the screen's on a portrait panel; on a landscape one, no wider than a
    // page that can be read a screenful at a time
    readonly property real pageWidth: Math.min(width - app.t.gap * 3, Math.max(height * 0.9, 720))
    property string prompt: printing
        ? qsTr("Printing your document on A4 paper. Please wait.")
        : info.hasPrinter === false
            ? qsTr("Your document: %1 This terminal has no A4 printer: press Mail it to me to have it posted.").arg(info.spoken || "")
            : qsTr("Your document: %1 Check it, then press Print.").arg(info.spoken || "")
    JourneyFrame {
        message: qprint.message
        stepIndex: 0
        stepCount: 0
        title: screen.info.title || ""
        subtitle: qsTr("No. %1, issued by %2 on %3").arg(screen.info.number || "").arg(screen.info.issuer || "").arg(screen.info.issuedOn || "")
        Rectangle {
            objectName: "queryKeyFigures"
            width: parent.width
            implicitHeight: figures.implicitHeight + app.t.gap
            radius: app.t.radius; color: app.t.surfaceAlt
            border.color: app.t.accent; border.width: app.t.borderWidth * 2
            Column {
                id: figures
                x: app.t.gap / 2; y: app.t.gap / 2
                width: parent.width - app.t.gap
                spacing: app.t.gap / 4
                Repeater {
                    model: screen.info.keyFigures || []
                    Text {
                        textFormat: Text.PlainText
                        width: figures.width
                        wrapMode: Text.Wrap
                        text: modelData.label + (app.locale.indexOf("zh") === 0 ? "：" : ": ") + modelData.value
                        color: app.t.text; font.pixelSize: app.t.heading; font.bold: true
                        lineHeight: app.t.lineHeight
                        Accessible.role: Accessible.StaticText; Accessible.name: text
                    }
                }
            }
        }
        RowLayout {
            width: parent.width
            spacing: app.t.gap
            KButton {
                objectName: "queryPrevPage"
                enabled: screen.page > 0
                text: qsTr("Previous page")
                onClicked: screen.page -= 1
            }
            BodyText {
                objectName: "queryPageOf"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.bold: true
                text: qsTr("Page %1 of %2").arg(screen.page + 1).arg(screen.pageCount)
            }
            KButton {
                objectName: "queryNextPage"
                enabled: screen.page + 1 < screen.pageCount
                text: qsTr("Next page")
                onClicked: screen.page += 1
            }
            KButton {
                objectName: "queryZoom"
                text: screen.zoom > 1 ? qsTr("Whole page") : qsTr("Enlarge")
                onClicked: screen.zoom = screen.zoom > 1 ? 1.0 : 1.6
            }
        }
        Flickable {
            // an enlarged page scrolls sideways here; the screen scrolls it up and down
            id: pageView
            width: parent.width
            height: pageImage.height
            clip: true
            contentWidth: Math.max(width, pageImage.width)
            boundsBehavior: Flickable.StopAtBounds
            flickableDirection: Flickable.HorizontalFlick
            Rectangle {
                x: pageImage.x
                width: pageImage.width; height: pageImage.height
                color: "white"
                border.color: app.t.border; border.width: app.t.borderWidth
            }
            Image {
                id: pageImage
                objectName: "queryPage"
                x: Math.max(0, (pageView.width - width) / 2)  // a narrower page stands in the middle
                width: screen.pageWidth * screen.zoom
                height: Math.round(width * 297 / 210)
                sourceSize.width: Math.round(width)
                fillMode: Image.PreserveAspectFit
                cache: false
                source: screen.pageCount > 0 ? "image://qprintpage/" + screen.info.generation + "/" + screen.page : ""
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Page %1 of the document").arg(screen.page + 1)
            }
        }
        actions: [
            KButton {
                // a terminal without an A4 printer: the platform posts the document instead
                objectName: "queryMailInstead"
                kind: "primary"
                visible: screen.info.hasPrinter === false && screen.info.canMail === true
                focus: screen.info.hasPrinter === false
                text: qsTr("Mail it to me")
                description: qsTr("This terminal has no A4 printer")
                onClicked: qprint.leaveRequest("mail")
            },
            KButton {
                objectName: "queryPrint"
                kind: "primary"
                focus: screen.info.hasPrinter !== false
                visible: screen.info.hasPrinter !== false
                enabled: !screen.printing
                text: screen.printing ? qsTr("Printing…") : qsTr("Print")
                description: qsTr("On A4 paper, here")
                onClicked: qprint.printDocument()
            },
            KButton {
                objectName: "queryCancel"
                enabled: !screen.printing
                text: qsTr("Cancel")
                description: qsTr("Leave without printing")
                onClicked: qprint.cancel()
            }
        ]
    }
}
