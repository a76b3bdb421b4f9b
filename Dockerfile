# cases in a container: Debian 12 (bookworm) slim, Node 22, Chromium and CJK fonts.
# `cases build` runs as the unprivileged `node` user, so Chromium keeps its sandbox
# (@cases/pdf adds --no-sandbox only when it runs as root).
#
#   docker build -t cases .
#   docker run --rm --init -v "$PWD/content:/work/content:ro" -v "$PWD/out:/work/out" cases
#
# See "Run in CI and containers" in README.md.

# 1. Build the packages and pack the CLI (one file; it declares only puppeteer-core).
FROM node:22-bookworm-slim AS build
ENV PUPPETEER_SKIP_DOWNLOAD=1
WORKDIR /src
COPY . .
RUN npm ci --no-audit --no-fund \
 && npm run build \
 && npm pack -w packages/cli --pack-destination /tmp

# 2. The runtime: Node, Chromium, fonts, and the CLI installed from its tarball.
FROM node:22-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-noto-cjk ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV PUPPETEER_SKIP_DOWNLOAD=1 \
    PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium \
    NODE_ENV=production
COPY --from=build /tmp/cases-cli-*.tgz /tmp/
RUN npm install --global --no-audit --no-fund /tmp/cases-cli-*.tgz \
 && rm /tmp/cases-cli-*.tgz \
 && npm cache clean --force

# The seeds, so the image builds something out of the box; mount your own content over them.
WORKDIR /work
COPY --chown=node:node content ./content
RUN mkdir -p out && chown node:node /work out
USER node

ENTRYPOINT ["cases"]
CMD ["build", "--out", "out"]
