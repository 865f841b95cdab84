# Magnetic stripe cards (loyalty, gift and staff cards; payment cards refused): pure ISO/IEC 7813 track
# parsing and the buffer that wipes track text after it. Included like scanners.cmake, so that AUTOMOC
# sees these sources as omnitill_hardware's own.
set(msr_dir ${CMAKE_CURRENT_LIST_DIR})
target_sources(omnitill_hardware PRIVATE
    ${msr_dir}/HidrawMsrReader.cpp ${msr_dir}/HidrawMsrReader.h
    ${msr_dir}/MagneticStripe.cpp ${msr_dir}/MagneticStripe.h
    ${msr_dir}/SensitiveBytes.cpp ${msr_dir}/SensitiveBytes.h
)
target_include_directories(omnitill_hardware PUBLIC ${msr_dir})
