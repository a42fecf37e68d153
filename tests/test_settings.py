import pytest

from streams.settings import Settings, SettingsError, settings_table


def test_env_then_overrides():
    env = {
        "WIRESTREAM_PARTITIONS": "8",
        "WIRESTREAM_TOPIC_PREFIX": "stage.",
        "WIRESTREAM_DEDUP_WINDOW_HOURS": "1.5",
    }
    settings = Settings.from_env(env, topic_prefix="dev.")
    assert settings.partitions == 8
    assert settings.dedup_window_seconds == 5400.0
    assert settings.topic("articles.raw") == "dev.articles.raw"


def test_bad_env_value_names_the_variable():
    with pytest.raises(ValueError, match="WIRESTREAM_PARTITIONS"):
        Settings.from_env({"WIRESTREAM_PARTITIONS": "many"})


def test_defaults_bind_to_loopback():
    settings = Settings.from_env({})
    assert settings.bootstrap_servers == "127.0.0.1:9092"
    assert settings.web_host == "127.0.0.1"
    assert (settings.broker_host, settings.broker_port) == ("127.0.0.1", 9092)


def test_sasl_settings_reach_the_kafka_client_config():
    settings = Settings.from_env(
        {
            "WIRESTREAM_SECURITY_PROTOCOL": "SASL_SSL",
            "WIRESTREAM_SASL_MECHANISM": "SCRAM-SHA-512",
            "WIRESTREAM_SASL_USERNAME": "svc",
            "WIRESTREAM_SASL_PASSWORD": "secret",
        }
    )
    config = settings.kafka_client_config()
    assert config["security_protocol"] == "SASL_SSL"
    assert config["sasl_mechanism"] == "SCRAM-SHA-512"
    assert config["sasl_plain_username"] == "svc"
    assert "ssl_context" in config


def test_every_setting_is_documented():
    rows = settings_table()
    assert all(doc for *_, doc in rows)
    assert {env for _, env, _, _ in rows} >= {"WIRESTREAM_BOOTSTRAP_SERVERS", "WIRESTREAM_MAX_RECORD_BYTES"}


@pytest.mark.parametrize(
    ("env", "setting", "accepted"),
    [
        ({"WIRESTREAM_DEDUP_WINDOW_HOURS": "-1"}, "dedup_window_hours", "above 0"),
        ({"WIRESTREAM_DEDUP_WINDOW_HOURS": "0"}, "dedup_window_hours", "above 0"),
        ({"WIRESTREAM_LANGUAGE_SAMPLE_CHARS": "0"}, "language_sample_chars", "from 50 to"),
        ({"WIRESTREAM_MAX_RECORD_BYTES": "-5"}, "max_record_bytes", "from 1,024 to 8,388,608"),
        ({"WIRESTREAM_PARTITIONS": "0"}, "partitions", "from 1 to"),
        ({"WIRESTREAM_PARTITIONS": "-3"}, "partitions", "from 1 to"),
        ({"WIRESTREAM_REPLICATION_FACTOR": "0"}, "replication_factor", "from 1 to"),
        ({"WIRESTREAM_LOG_LEVEL": "loud"}, "log_level", "debug, info, warning, error"),
        ({"WIRESTREAM_WEB_PORT": "99999"}, "web_port", "from 1 to 65,535"),
        ({"WIRESTREAM_SECURITY_PROTOCOL": "FOO"}, "security_protocol", "SASL_PLAINTEXT, SASL_SSL"),
        ({"WIRESTREAM_STORE": "redis://"}, "store", "rocksdb:// or memory://"),
        ({"WIRESTREAM_BOOTSTRAP_SERVERS": "localhost"}, "bootstrap_servers", "HOST:PORT"),
        ({"WIRESTREAM_TOPIC_PREFIX": "a b"}, "topic_prefix", "topic names"),
        ({"WIRESTREAM_APP_ID": "my app"}, "app_id", "letters, digits"),
        ({"WIRESTREAM_SSL_CAFILE": "/nonexistent/ca.pem"}, "ssl_cafile", "no such file"),
        ({"WIRESTREAM_SECURITY_PROTOCOL": "SASL_PLAINTEXT"}, "sasl_mechanism", "PLAIN, SCRAM-SHA-256"),
        ({"WIRESTREAM_SASL_MECHANISM": "PLAIN"}, "sasl_mechanism", "needs security_protocol SASL_"),
    ],
)
def test_a_bad_value_is_refused_naming_setting_source_and_range(env, setting, accepted):
    with pytest.raises(SettingsError) as refused:
        Settings.from_env(env)
    message = str(refused.value)
    (variable,) = env
    assert f"invalid setting {setting}=" in message
    assert "\n" not in message
    assert accepted in message
    if variable == "WIRESTREAM_" + setting.upper():
        assert f"(from env {variable})" in message


def test_a_bad_flag_is_named_as_a_flag():
    with pytest.raises(SettingsError, match=r"web_port=0 \(from flag --web-port\): use a whole number"):
        Settings.from_env({}, web_port=0)
    with pytest.raises(SettingsError, match=r"partitions=0 \(from flag --partitions\)"):
        Settings.from_env({}).replace(partitions=0)


def test_sasl_needs_its_credentials():
    env = {"WIRESTREAM_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "WIRESTREAM_SASL_MECHANISM": "SCRAM-SHA-256"}
    with pytest.raises(SettingsError) as refused:
        Settings.from_env(env)
    assert "sasl_username=''" in str(refused.value) and "needs a password" in str(refused.value)


def test_spelling_of_levels_and_protocols_is_normalised():
    settings = Settings.from_env({"WIRESTREAM_LOG_LEVEL": "WARNING"}, security_protocol="ssl")
    assert (settings.log_level, settings.security_protocol) == ("warning", "SSL")


def test_worker_data_dir_defaults_to_the_per_user_state_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert Settings(app_id="desk-a").worker_data_dir == tmp_path / "state" / "wirestream" / "desk-a"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert Settings().worker_data_dir == tmp_path / ".local" / "state" / "wirestream" / "wirestream"
    assert Settings(data_dir="~/ws").worker_data_dir == tmp_path / "ws"


def test_every_number_setting_has_an_accepted_range():
    from streams.settings import _CHECKS, public_fields

    numbers = [f.name for f in public_fields() if str(f.type) in ("int", "float") or f.type in (int, float)]
    assert numbers and not [name for name in numbers if name not in _CHECKS]
    with pytest.raises(SettingsError, match=r"poll_interval=0\.0 \(from env WIRESTREAM_POLL_INTERVAL\)"):
        Settings.from_env({"WIRESTREAM_POLL_INTERVAL": "0"})
