"""The Accounts window: the plugin's account pool, live, and what can be done to it.

    window = AccountsWindow(hub)      # follows hub.poolChanged / agentsChanged / pendingChanged
    window.show()                     # closing hides it; the app keeps running in the tray

Nothing ticks while nothing changes: the table follows the hub (which watches the files),
and the one-second countdown timer runs only while the window is visible and some rate
limit or cooldown is still counting down (``countdown_active``).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.paths import shown
from ...core.pool import Account
from ...live.hub import AppHub
from ..common.setup import setup_sentence
from ..common.text import translate
from ..common.widgets import LINK_FLAGS, Banner
from .actions import AccountActions, OpenUrl
from .cells import STATUS_DOT
from .model import ACCOUNT_ROLE, COLUMN, COLUMNS, LINK_ROLE, SORT_ROLE, AccountsModel
from .parts import (
    EmptyPage,
    PaddedDelegate,
    UnreadablePage,
    counts_line,
    details_html,
    error_text,
    pending_text,
    summary_line,
)
from .prompts import Prompts, PromptsLike

TICK_MS = 1000


WINDOW_FRAME = 8  # px a window manager's borders may add on the sides


class _Table(QTableView):
    """Each row as tall as its tallest cell, like ResizeToContents, but worked out only for the
    rows that changed: ResizeToContents asks every cell of every row again on any change, about
    0.7 s for 1,000 accounts on every save of the pool."""

    resized = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[tuple[int, int], int] = {}  # (column, lines) → the delegate's height

    def setModel(self, model) -> None:  # type: ignore[override]
        super().setModel(model)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_: self.fit_rows())
        model.dataChanged.connect(lambda top, bottom, *_: self.fit_rows(top.row(), bottom.row()))

    def fit_rows(self, first: int = 0, last: int | None = None) -> None:
        model = self.model()
        last = model.rowCount() - 1 if last is None else last
        for row in range(first, last + 1):
            height = 0
            for column in range(model.columnCount()):
                index = model.index(row, column)
                lines = str(index.data() or "").count("\n") + 1
                key = (column, lines)
                if key not in self._heights:
                    option = QStyleOptionViewItem()
                    self.initViewItemOption(option)
                    self._heights[key] = self.itemDelegateForIndex(index).sizeHint(option, index).height()
                height = max(height, self._heights[key])
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.model() is not None:
            self._heights.clear()
            self.fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class AccountsWindow(QWidget):
    def __init__(
        self,
        hub: AppHub,
        parent: QWidget | None = None,
        *,
        prompts: PromptsLike | None = None,
        open_url: OpenUrl | None = None,
    ):
        super().__init__(parent)
        self.hub = hub
        self.prompts = prompts or Prompts(self)
        self.open_url = open_url or QDesktopServices.openUrl
        self.setObjectName("accountsWindow")
        self.setWindowTitle(translate("AccountsWindow", "Accounts — Antigravity Tray"))
        self.setWindowFlag(Qt.WindowType.Window)
        self._marks = {}

        self.model = AccountsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = self._make_table()
        self._ticker = QTimer(self)
        self._ticker.setObjectName("countdownTimer")
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)

        self.actions_ = AccountActions(hub, self, self.prompts, self.open_url, self.selected_account, self.show_status)
        self._build()
        self._connect()
        self._reload_pool()
        self._show_agents()
        self._show_pending()

    # -- building ---------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = _Table()
        table.setObjectName("accountsTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setMouseTracking(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click goes back to the file's order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setSortingEnabled(True)
        metrics = table.fontMetrics()
        for name, samples in AccountsModel.sample_texts().items():
            header_text = self.model.headerData(COLUMN[name], Qt.Orientation.Horizontal) or ""
            lines = [metrics.horizontalAdvance(line) for sample in samples for line in sample.splitlines()]
            width = max([*lines, metrics.horizontalAdvance(header_text) + 12])
            table.setColumnWidth(COLUMN[name], width + 8)
        header.setMinimumSectionSize(36)
        bold = QFont(table.font())
        bold.setBold(True)  # the accounts in use are shown in bold, after their status dot
        self._email_min_width = QFontMetrics(bold).horizontalAdvance("someone.name@example.com") + STATUS_DOT + 12
        table.setColumnWidth(COLUMN["email"], self._email_min_width)
        table.setItemDelegate(PaddedDelegate(table))
        table.resized.connect(self._fit_email_column)
        return table

    def _natural_width(self) -> int:
        """Wide enough for every column at its sample width (French and Spanish run longer),
        1320 px at least, and never wider than the screen."""
        columns = sum(self.table.columnWidth(c) for c in range(len(COLUMNS)))
        margins = self.layout().contentsMargins()
        chrome = margins.left() + margins.right() + 2 * self.table.frameWidth()
        chrome += self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        screen = self.screen().availableGeometry().width() if self.screen() else 1366
        return min(max(1320, columns + chrome), screen - WINDOW_FRAME)

    def _fit_email_column(self) -> None:
        """The email column takes the width the others leave, but never less than a long address."""
        others = sum(self.table.columnWidth(c) for c in range(len(COLUMNS)) if c != COLUMN["email"])
        spare = self.table.viewport().width() - others
        self.table.setColumnWidth(COLUMN["email"], max(self._email_min_width, spare))

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.path_label = QLabel()
        self.path_label.setObjectName("poolPath")
        self.path_label.setForegroundRole(self.path_label.foregroundRole())
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setStyleSheet("color: palette(placeholder-text);")

        self.error_banner = Banner("error", name="poolErrorBanner", rich=True)
        self.pending_banner = Banner("info", name="pendingBanner", rich=True)
        self.setup_banner = Banner("warning", name="setupBanner")

        self.toolbar = QWidget()
        self.toolbar.setObjectName("accountsToolbar")
        buttons = QHBoxLayout(self.toolbar)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(6)
        self.buttons: dict[str, QToolButton] = {}
        for act in (
            self.actions_.add,
            None,
            self.actions_.toggle,
            self.actions_.relogin,
            self.actions_.verify,
            self.actions_.remove,
            "stretch",
            self.actions_.check_quota,
            self.actions_.restore,
        ):
            if act == "stretch":
                buttons.addStretch()
            elif act is None:
                buttons.addSpacing(12)
            else:
                buttons.addWidget(self._button(act))

        self.empty_page = EmptyPage()
        self.unreadable_page = UnreadablePage()
        self.stack = QStackedWidget()
        for page in (self.table, self.empty_page, self.unreadable_page):
            self.stack.addWidget(page)

        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(LINK_FLAGS)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 7 + 16)
        self.details.setStyleSheet(
            "QLabel#details { background: palette(base); border: 1px solid palette(mid); "
            "border-radius: 4px; padding: 6px 10px; }"
        )

        self.status_bar = QStatusBar()
        self.status_bar.setObjectName("statusLine")
        self.status_bar.setSizeGripEnabled(False)
        # Shown while a change waits for the plugin's lock (OpenCode is writing the pool).
        self.cancel_write = QToolButton()
        self.cancel_write.setObjectName("cancelWrite")
        self.cancel_write.setText(translate("AccountsWindow", "Cancel"))
        self.cancel_write.hide()
        self.status_bar.addPermanentWidget(self.cancel_write)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 4)
        layout.setSpacing(8)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.summary)
        heading.addWidget(self.counts)
        heading.addWidget(self.path_label)
        layout.addLayout(heading)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.pending_banner)
        layout.addWidget(self.setup_banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.status_bar)

        close = QAction(translate("AccountsWindow", "Close"), self)
        close.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence(Qt.Key.Key_Escape)])
        close.triggered.connect(self.close)
        self.addAction(close)

        order = [
            self.buttons[name]
            for name in ("addAccount", "toggleEnabled", "relogin", "verify", "remove", "checkQuota", "restore")
        ]
        chain = (
            [self.error_banner.text, self.pending_banner.text]
            + order
            + [
                self.table,
                self.empty_page.add_button,
                self.empty_page.restore_button,
                *self.unreadable_page.buttons.values(),
                self.details,
            ]
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.resize(self._natural_width(), 600)
        self.setMinimumSize(900, 460)

    def _button(self, act: QAction) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"{act.objectName()}Button")
        button.setDefaultAction(act)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoRaise(False)
        button.setMinimumHeight(28)
        self.buttons[act.objectName()] = button
        return button

    def _connect(self) -> None:
        self.hub.poolChanged.connect(self._reload_pool)
        self.hub.writeWaiting.connect(self._write_waits)
        self.hub.writeFinished.connect(lambda _path: self.cancel_write.hide())
        self.cancel_write.clicked.connect(lambda: self.hub.cancel_writes(self.hub.services.plugin.accounts_file))
        self.hub.quotaChecked.connect(self._quota_checked)
        self.hub.agentsChanged.connect(self._show_agents)
        self.hub.pendingChanged.connect(self._show_pending)
        self.hub.notice.connect(self.show_status)
        self.model.enabledToggled.connect(self._checkbox_toggled)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.clicked.connect(self._cell_clicked)
        self.table.activated.connect(self._cell_clicked)
        self.table.entered.connect(self._hover)
        self.empty_page.add_button.clicked.connect(self.actions_.add_account)
        self.empty_page.restore_button.clicked.connect(self.actions_.restore_from_vault)
        self.error_banner.linkActivated.connect(self._open_backups)
        self.unreadable_page.buttons["openBackupsButton"].clicked.connect(self._open_backups)
        self.unreadable_page.buttons["openPluginFolderButton"].clicked.connect(self._open_plugin_folder)
        self.pending_banner.linkActivated.connect(self._cancel_pending)
        self.details.linkActivated.connect(self._details_link)

    # -- public -----------------------------------------------------------------------------
    @property
    def countdown_active(self) -> bool:
        """True while the one-second countdown timer runs (visible, with a limit counting down)."""
        return self._ticker.isActive()

    @property
    def status_text(self) -> str:
        return self.status_bar.currentMessage()

    def show_status(self, text: str) -> None:
        self.status_bar.showMessage(text)

    def _write_waits(self, path: Path, description: str) -> None:
        if path != self.hub.services.plugin.accounts_file:
            return  # a settings change: the tray or the Settings window says so
        self.show_status(
            translate("AccountsWindow", "OpenCode is writing the pool file; retrying to {0}…").format(description)
        )
        self.cancel_write.show()

    def selected_account(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ACCOUNT_ROLE) if rows else None

    def select_email(self, email: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if (index.data(ACCOUNT_ROLE).email or "").casefold() == email.casefold():
                self._select_index(index)
                return True
        return False

    def cell_text(self, email: str, column: str) -> str:
        """What the table shows for one account and column (for tests and accessibility checks)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, COLUMN[column])
            if index.data(ACCOUNT_ROLE).email == email:
                value = index.data(Qt.ItemDataRole.DisplayRole)
                return value if isinstance(value, str) else ""
        raise LookupError(email)

    # -- following the hub ------------------------------------------------------------------
    def _quota_checked(self, _checks) -> None:
        self._reload_pool()  # our newer answers and any re-login marks

    def _reload_pool(self) -> None:
        selected = self.selected_account()
        pool = self.hub.pool
        self._marks = self.hub.services.health.marks() if pool is not None else {}
        checked = self.hub.services.quota.newer_than_the_pool(pool.accounts) if pool is not None else {}
        self.model.set_pool(pool, self.hub.now_ms(), self._marks, checked)
        if selected is not None:
            row = self.model.row_of(selected.refresh_token)
            if row is not None:
                self._select_index(self.proxy.mapFromSource(self.model.index(row, 0)))
        page = self.unreadable_page if pool is None else self.empty_page if not pool.accounts else self.table
        self.stack.setCurrentWidget(page)
        self.toolbar.setVisible(page is self.table)
        self.details.setVisible(page is self.table)
        self.path_label.setText(
            translate("AccountsWindow", "Pool file: {0}").format(shown(self.hub.services.plugin.accounts_file))
        )
        self.error_banner.show_text(
            error_text(self.hub.pool_error, str(self.hub.services.app.backups_dir)) if self.hub.pool_error else None
        )
        self._refresh_texts()
        self._selection_changed()
        self._sync_ticker()

    def _show_agents(self) -> None:
        self._refresh_texts()

    def _show_pending(self) -> None:
        self.pending_banner.show_text(pending_text(self.hub.pending))

    def _refresh_texts(self) -> None:
        self.summary.setText(summary_line(self.hub.pool))
        self.counts.setText(counts_line(self.hub.pool, self.model.now_ms, self.hub.agents, self._marks))

    def _selection_changed(self, *_args) -> None:
        account = self.selected_account()
        needs = bool(account and self.model.needs_relogin(account))
        status = self.model.status_text(self.model.status(account)) if account else ""
        self.details.setText(details_html(account, self.hub.pool, self.model.now_ms, needs, status))
        self.actions_.update_state()

    def _select_index(self, index: QModelIndex) -> None:
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    # -- countdowns -------------------------------------------------------------------------
    def _sync_ticker(self) -> None:
        wanted = self.isVisible() and self.model.has_active_countdown(self.hub.now_ms())
        if wanted and not self._ticker.isActive():
            self._ticker.start()
        elif not wanted and self._ticker.isActive():
            self._ticker.stop()

    def _tick(self) -> None:
        self.model.set_now(self.hub.now_ms())
        self._refresh_texts()
        self._sync_ticker()

    # -- table interactions -----------------------------------------------------------------
    def _cell_clicked(self, index: QModelIndex) -> None:
        """The verification and re-login cells act like links (click, or Enter on the cell)."""
        if not index.data(LINK_ROLE):
            return
        if index.column() == COLUMN["verification"]:
            self.actions_.open_verification(index.data(ACCOUNT_ROLE))
        elif index.column() == COLUMN["relogin"]:
            self.actions_.relogin_selected(index.data(ACCOUNT_ROLE))

    def _checkbox_toggled(self, account: Account, wanted: bool) -> None:
        # After the click has been handled: the change may ask a question and reloads the model.
        QTimer.singleShot(0, self, lambda: self.actions_.set_enabled(account, wanted))

    def _hover(self, index: QModelIndex) -> None:
        link = bool(index.data(LINK_ROLE))
        self.table.viewport().setCursor(Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.ArrowCursor)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self._select_index(index)
        elif self.table.currentIndex().isValid():  # opened from the keyboard
            pos = self.table.visualRect(self.table.currentIndex()).center()
        menu = QMenu(self)
        menu.setObjectName("accountsContextMenu")
        for act in self.actions_.context_actions():
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _cancel_pending(self, _link: str) -> None:
        self.hub.cancel_pending()
        self.show_status(translate("AccountsWindow", "The waiting change was cancelled; the pool was not changed."))

    def _details_link(self, link: str) -> None:
        if link == "verify":
            self.actions_.open_verification()
        elif link == "relogin":
            self.actions_.relogin_selected()

    def _open_backups(self, *_args) -> None:
        self._open_folder(Path(self.hub.services.app.backups_dir))

    def _open_plugin_folder(self) -> None:
        self._open_folder(Path(self.hub.services.plugin.accounts_file).parent)

    def _open_folder(self, folder: Path) -> None:
        while not folder.exists() and folder.parent != folder:
            folder = folder.parent
        self.open_url(QUrl.fromLocalFile(str(folder)))

    # -- window events ----------------------------------------------------------------------
    def _show_setup(self) -> None:
        """What keeps OpenCode from using the plugin at all, with the fix (core/doctor.py)."""
        problems = self.hub.setup_problems(fresh=True)
        if not problems:
            self.setup_banner.hide()
            return
        self.setup_banner.show_message(
            translate("AccountsWindow", "OpenCode is not set up to use the plugin"),
            "\n".join(setup_sentence(f, self.hub.services.plugin) for f in problems)
            + "\n"
            + translate("AccountsWindow", "`antigravity-tray doctor` checks everything again."),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_setup()
        self.model.set_now(self.hub.now_ms())
        self.hub.rescan_agents()  # one look at the process list (off the GUI thread); nothing polls it
        self._refresh_texts()
        self._sync_ticker()
        if self.stack.currentWidget() is self.table:
            self.table.setFocus()
            if self.selected_account() is None and self.proxy.rowCount():
                self._select_index(self.proxy.index(0, 0))

    def hideEvent(self, event: QHideEvent) -> None:
        self._ticker.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()  # closing hides the window; the app lives on in the tray
        self.hide()


__all__ = ["COLUMNS", "AccountsWindow"]
