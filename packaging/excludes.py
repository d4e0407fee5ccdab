"""What both PyInstaller specs leave out (read by gongji.spec and baseline.spec with exec: a spec is not a module).
Qt modules the app does not use — leaving them out keeps the folder small — and the test-only packages."""
EXCLUDES = [
    "tkinter", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtMultimedia", "PySide6.QtPdf",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtTest", "PySide6.Qt3DCore", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtPositioning",
    "PySide6.QtSerialPort", "PySide6.QtSql", "PySide6.QtHelp", "PySide6.QtOpenGLWidgets",
    "pytest", "hypothesis", "psycopg",
]
