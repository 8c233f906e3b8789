#include "publishplanner.h"
