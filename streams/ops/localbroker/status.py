"""What the local broker is doing, and the one error its commands raise."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path


class BrokerError(Exception):
    """An expected failure of the local broker, with a message that says what to do."""


@dataclass(frozen=True)
class BrokerStatus:
    """What is known about the local broker of one ``broker_home``."""

    running: bool
    pid: int | None
    address: str
    controller_address: str
    version: str
    broker_home: Path
    data_dir: Path
    log_file: Path
    ready: bool = False
    """The client port answers a Kafka ApiVersions request (whoever owns it)."""
    already_running: bool = False
    """Set by :func:`start` when the broker was running before the call."""
    running_address: str | None = None
    """Where this home's running broker listens, when that is not ``address`` (the one asked about)."""

    @property
    def answers(self) -> bool:
        """A Kafka broker answers at the address asked about (this home's or another)."""
        return self.ready

    def describe(self) -> str:
        if self.running and self.running_address:
            head = (
                f"Kafka {self.version} from {self.broker_home} is running at {self.running_address} "
                f"(pid {self.pid}), not at {self.address}"
            )
            elsewhere = f"; nothing answers at {self.address}"
            head += ", where another Kafka broker answers" if self.ready else elsewhere
        elif self.running:
            head = f"Kafka {self.version} is running at {self.address} (pid {self.pid})"
            if not self.ready:
                head += ", but does not answer yet"
        elif self.ready:
            head = (
                f"Kafka is not running from {self.broker_home}, but another Kafka broker answers at "
                f"{self.address}"
            )
        else:
            head = f"Kafka is not running (would listen at {self.address})"
        return "\n".join(
            [
                head,
                f"  controller: {self.controller_address}",
                f"  data dir:   {self.data_dir}",
                f"  log:        {self.log_file}",
            ]
        )

    def to_dict(self) -> dict[str, object]:
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()}
