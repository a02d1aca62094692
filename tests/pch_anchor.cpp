// Anchors the tests' shared precompiled header; holds no code.
