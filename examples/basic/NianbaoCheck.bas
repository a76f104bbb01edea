REM nianbao from LibreOffice Basic (docs/macros.md).
REM CheckJson: the findings JSON of the current (or given) Writer document.
Function CheckJson(Optional oDoc As Object) As String
    If IsMissing(oDoc) Then oDoc = ThisComponent
    Dim oChecker As Object
    oChecker = CreateUnoService("org.nianbao.ReportChecker")
    CheckJson = oChecker.checkDocument(oDoc)
End Function

REM ShowFindings: the result in a message box, for use from Tools > Macros.
Sub ShowFindings
    MsgBox Left(CheckJson(), 3000), 0, "nianbao"
End Sub

REM ExportFindings: writes NAME.json beside the document with the export
REM filter and returns its URL.
Function ExportFindings() As String
    Dim oDoc As Object
    oDoc = ThisComponent
    Dim aArgs(0) As New com.sun.star.beans.PropertyValue
    aArgs(0).Name = "FilterName"
    aArgs(0).Value = "nianbao_findings"
    Dim sUrl As String
    sUrl = oDoc.getURL()
    Dim i As Long
    For i = Len(sUrl) To 1 Step -1
        If Mid(sUrl, i, 1) = "." Then Exit For
    Next i
    sUrl = Left(sUrl, i) & "json"
    oDoc.storeToURL(sUrl, aArgs())
    ExportFindings = sUrl
End Function
