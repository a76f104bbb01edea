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

REM The editing methods. Each is one undo step (Edit > Undo takes it back)
REM made of tracked changes with a comment saying why; each returns the
REM findings JSON after the edit (InsertReportTemplate: nothing).

REM FixAll: writes the whole proposed correction (alternative 0) into the cells.
Function FixAll(Optional oDoc As Object) As String
    If IsMissing(oDoc) Then oDoc = ThisComponent
    Dim aNoCells() As String
    FixAll = CreateUnoService("org.nianbao.ReportChecker").applyFixes(oDoc, aNoCells(), 0)
End Function

REM FixOneCell: only the given cell of the correction, e.g. "T3.r_total.np".
Function FixOneCell(sCell As String, Optional oDoc As Object) As String
    If IsMissing(oDoc) Then oDoc = ThisComponent
    Dim aCells(0) As String
    aCells(0) = sCell
    FixOneCell = CreateUnoService("org.nianbao.ReportChecker").applyFixes(oDoc, aCells(), 0)
End Function

REM InsertReportTemplate: the blank 2021 report at the cursor ("report",
REM or one part: "S1".."S6", "T2", "T3", "T4", "title", "intro").
Sub InsertReportTemplate(Optional oDoc As Object, Optional sPart As String)
    If IsMissing(oDoc) Then oDoc = ThisComponent
    If IsMissing(sPart) Then sPart = "report"
    CreateUnoService("org.nianbao.ReportChecker").insertTemplate(oDoc, sPart)
End Sub

REM InsertMissing: every section the check finds missing, in its place.
Function InsertMissing(Optional oDoc As Object) As String
    If IsMissing(oDoc) Then oDoc = ThisComponent
    InsertMissing = CreateUnoService("org.nianbao.ReportChecker").insertMissingSections(oDoc)
End Function

REM RebuildT3: table T3 redrawn as the 2021 format has it, values carried over.
Function RebuildT3(Optional oDoc As Object) As String
    If IsMissing(oDoc) Then oDoc = ThisComponent
    RebuildT3 = CreateUnoService("org.nianbao.ReportChecker").rebuildTable(oDoc, "T3")
End Function
