"""The case list's own actions, for the main window (``MainWindow`` inherits them): New,
Duplicate, Rename, Delete, Import and Export Case. Each asks through ``self.questions`` and calls
one store method guarded by ``self._guard``; what the window shows afterwards is its own
(``show_added``, ``_refresh``, ``reload``). Kept apart so the window's module stays one reader's
size; its words are the window's (``translate("MainWindow", …)``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...models.storage.records import StoreError
from ..error_text import error_text

translate = QCoreApplication.translate  # (lupdate reads translate("Context", "…"))


class CaseActions:
    def new_case(self) -> str | None:
        answer = self.questions.ask_new_case()
        if answer is None:
            return None
        fields = {"technology_area": answer.technology_area} if answer.technology_area else {}
        case = self._guard(lambda: self.store.create(answer.title, **fields), translate("MainWindow", "New case"))
        if not case:
            return None
        self.show_added(case.id)
        self.open_case(case.id)
        return case.id

    def duplicate_selected(self) -> str | None:
        case_id = self.browser.current_id()
        if case_id is None:
            return None
        case = self._guard(lambda: self.store.duplicate(case_id), translate("MainWindow", "Duplicate"))
        return self.show_added(case.id) if case else None

    def rename_selected(self) -> None:
        case_id = self.browser.current_id()
        if case_id is None:
            return
        shown = self.store.summary(case_id).title
        title = self.questions.ask_title(shown)
        # renamed by someone else meanwhile (a team database): asked which title to keep
        from ..conflict_saving import save_asking
        from ..wizard import conflict_dialog

        rename = lambda: save_asking(self.store, case_id, {"title": title}, {"title": shown},  # noqa: E731
                                     lambda conflict: conflict_dialog.ask(self, conflict))
        if title and self._guard(rename, translate("MainWindow", "Rename")):
            self._refresh(case_id)
        elif title:  # refused: the list shows what is stored now
            self._guard(lambda: self._refresh(case_id), translate("MainWindow", "Rename"))

    def delete_selected(self) -> None:
        ids = self.browser.selected_ids()
        summaries = [self.store.summary(i) for i in ids]
        if not ids or any(s.is_reference for s in summaries):
            return
        if not self.questions.confirm_delete([s.title for s in summaries]):
            return
        for case_id in ids:
            if not self._guard(lambda: self.store.delete(case_id) or True, translate("MainWindow", "Delete")):
                break
            self.browser.remove_row(case_id)
        self.show_selection(self.browser.current_id())
        self.update_actions()

    def import_cases(self, files: list[str] | None = None) -> list[str]:
        """Validate every file first; import all of them or none, and say which file failed."""
        files = files if files is not None else self.questions.ask_import_files()
        if not files:
            return []
        from ...models.exchange import CaseFileError, read_case_file

        try:
            cases = [read_case_file(f) for f in files]
        except CaseFileError as error:
            self.questions.show_error(translate("MainWindow", "Import failed"),
                                      translate("MainWindow", "%1\n\nNothing was imported.").replace("%1", error_text(error)))
            return []
        ids = self._guard(lambda: self.store.add_cases(cases), translate("MainWindow", "Import")) or []
        if count := len(ids):
            self.reload(select=ids[0])
            self.statusBar().showMessage(translate("MainWindow", "Imported %n case(s).", "", count), 5000)
        return ids

    def export_selected(self, path: str | None = None) -> bool:
        case_id = self.browser.current_id()
        if case_id is None:
            return False
        from ...models.exchange import CaseFileError, write_case_file
        from ...models.output_files import safe_file_name

        path = path or self.questions.ask_export_path(safe_file_name(case_id, ".json"))
        if not path:
            return False
        try:  # never half-written, never over the open database
            write_case_file(self.store.get(case_id), path, protect=getattr(self.store, "path", None))
        except (CaseFileError, StoreError) as error:
            self.questions.show_error(translate("MainWindow", "Export failed"), error_text(error))
            return False
        self.feedback.saved(path)
        return True
