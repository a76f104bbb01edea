# Builds GLPK from Debian's source tarball as a static, position-independent
# library (target glpk::glpk). Debian's libglpk.a is not PIC and cannot go into
# a shared UNO component; LibreOffice does not ship GLPK, so we link it in.
set(NIANBAO_GLPK_TARBALL "${PROJECT_SOURCE_DIR}/.deps/glpk_5.0.orig.tar.gz"
    CACHE FILEPATH "GLPK source tarball (scripts/deps.sh fetches it)")
if(NOT EXISTS "${NIANBAO_GLPK_TARBALL}")
  message(FATAL_ERROR "GLPK source not found at ${NIANBAO_GLPK_TARBALL}: run scripts/deps.sh")
endif()

set(_glpk_root "${CMAKE_BINARY_DIR}/_deps/glpk")
if(NOT EXISTS "${_glpk_root}/glpk-5.0/src/glpk.h")
  file(MAKE_DIRECTORY "${_glpk_root}")
  file(ARCHIVE_EXTRACT INPUT "${NIANBAO_GLPK_TARBALL}" DESTINATION "${_glpk_root}")
endif()
set(_glpk_src "${_glpk_root}/glpk-5.0/src")

file(GLOB_RECURSE _glpk_sources "${_glpk_src}/*.c")
# proxy/main.c is a stand-alone test driver, not part of the library (GLPK's own
# Makefile leaves it out); with a static GoogleTest its main() would win the link.
list(FILTER _glpk_sources EXCLUDE REGEX "/proxy/main\\.c$")
add_library(glpk_static STATIC ${_glpk_sources})
set_target_properties(glpk_static PROPERTIES POSITION_INDEPENDENT_CODE ON
                                             C_VISIBILITY_PRESET hidden)
file(GLOB _glpk_subdirs LIST_DIRECTORIES true "${_glpk_src}/*")
set(_glpk_private_includes "${_glpk_src}")
foreach(d ${_glpk_subdirs})
  if(IS_DIRECTORY "${d}")
    list(APPEND _glpk_private_includes "${d}")
  endif()
endforeach()
target_include_directories(glpk_static PRIVATE ${_glpk_private_includes})
target_include_directories(glpk_static SYSTEM INTERFACE "${_glpk_src}")
# What configure would find on Debian; no ODBC/MySQL loading (no libltdl) and
# no GMP: GLPK falls back to its own code, so nothing else needs linking.
target_compile_definitions(glpk_static PRIVATE TLS=__thread HAVE_SYS_TIME_H=1 HAVE_GETTIMEOFDAY=1)
# -fexceptions: our error hook throws through GLPK's frames (src/core/localize/glpk_guard.hpp).
target_compile_options(glpk_static PRIVATE -w -fexceptions)
if(NIANBAO_SANITIZE)
  # Keep ASan on GLPK (it catches bad arrays we pass in) but not UBSan, whose
  # reports about GLPK's own arithmetic are not ours to fix.
  target_compile_options(glpk_static PRIVATE -fno-sanitize=undefined)
endif()
add_library(glpk::glpk ALIAS glpk_static)
