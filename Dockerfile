# The wirestream worker (and CLI). Used by docker-compose.yml; Kafka itself is the apache/kafka image.
# The first stage builds the wheel with the claims core compiled by mypyc (setup.py: the same code and
# claims, about a third less CPU per article); the image itself holds no compiler.
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml setup.py README.md ./
COPY streams ./streams
RUN WIRESTREAM_COMPILE=1 pip wheel --no-deps --wheel-dir /wheels .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl \
    && rm -rf /wheels \
    && useradd --system --uid 10001 --user-group --create-home --home-dir /var/lib/wirestream wirestream

USER wirestream
WORKDIR /var/lib/wirestream
ENV WIRESTREAM_DATA_DIR=/var/lib/wirestream/worker
EXPOSE 6066

CMD ["wirestream", "worker"]
