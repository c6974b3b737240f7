class @class { int @int; int café; void Ünïcode() { var @var = 1; } }
