# The wirestream worker (and CLI). Used by docker-compose.yml; Kafka itself is the apache/kafka image.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY streams ./streams
RUN pip install . \
    && useradd --system --uid 10001 --user-group --create-home --home-dir /var/lib/wirestream wirestream

USER wirestream
WORKDIR /var/lib/wirestream
ENV WIRESTREAM_DATA_DIR=/var/lib/wirestream/worker
EXPOSE 6066

CMD ["wirestream", "worker"]
